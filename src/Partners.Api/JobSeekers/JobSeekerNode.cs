using GraphQL.Types;
using Partners.Api.Boundaries;
using Partners.Api.Consents;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Referrals;
using Partners.Domain.Boundaries;
using Partners.Domain.JobSeekers;
using Partners.Domain.Referrals;

namespace Partners.Api.JobSeekers;

public sealed class JobSeekerNode : NodeGraphType<JobSeeker>
{
    public const string TypeName = "JobSeeker";

    public JobSeekerNode()
        : base(TypeName, "A job seeker (demandeur d'emploi): the data subject, never a client. Each data category is guarded on its own (domain.md, \"The boundaries\"): a denied one is null with FORBIDDEN or CONSENT_REQUIRED at its path.", j => j.Id)
    {
        Field<JobSeekerIdentityType>("identity").Description("IDENTITY (scope jobseeker:identity): the Office; an operator with a referral of the person; others under consent.")
            .ReadsByField(nameof(JobSeeker.Niss), nameof(JobSeeker.Identity)).Guards(DataCategory.Identity, j => new IdentityView(j.Niss, j.Identity));
        Field<JobSeekerPathwayType>("pathway").Description("PATHWAY (scope jobseeker:pathway): the Office; an operator with a referral of the person; others under consent.")
            .ReadsByField(nameof(JobSeeker.Pathway), nameof(JobSeeker.AccompanimentClosedOn)).Guards(DataCategory.Pathway, PathwayView.Of);
        Field<JobSeekerSocialType>("social").Description("SOCIAL (scope jobseeker:social): the person's own CPAS; anyone else only under an active consent naming it.")
            .Reads(nameof(JobSeeker.Social)).Guards(DataCategory.Social, j => j.Social);
        Field<JobSeekerHealthType>("health").Description("HEALTH (scope jobseeker:health): the Office's social service; anyone else only under an active consent naming it.")
            .Reads(nameof(JobSeeker.Health)).Guards(DataCategory.Health, j => j.Health);
        Field<NonNullGraphType<ConnectionType<ReferralNode, Referral>>>("referrals")
            .Description("The person's referrals the caller may see (its own as operator; all for the Office), newest first: by creation, then id. Paged only; the top-level `referrals` filters and sorts them (`where: { jobSeekerId }`).")
            .Arguments(Paging.Arguments())
            .Reads().Resolve(c => c.LoadVisibleReferralsOf(c.Source.Id).Paged(c, q => q.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)));
        Field<NonNullGraphType<ConnectionType<ConsentNode, Consent>>>("consents")
            .Description("The person's consents (autorisation d'échange d'informations, GDPR art. 7): all for the Office and the person's CPAS, otherwise those naming the caller; newest first: by grant, then id. Paged only (no `where` or `order`).")
            .Arguments(Paging.Arguments())
            .Reads("Social.CpasOrganisationId").Resolve(c => c.LoadConsents().Paged(c, q => q.OrderByDescending(x => x.GrantedAt).ThenByDescending(x => x.Id)));
    }
}
