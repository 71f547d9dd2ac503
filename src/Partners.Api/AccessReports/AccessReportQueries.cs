using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Boundaries;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Api.JobSeekers;
using Partners.Data;
using Partners.Domain.Boundaries;
using Partners.Domain.Common;
using Partners.Domain.Organisations;

namespace Partners.Api.AccessReports;

/// <summary>
/// The person's access report (GDPR art. 15), produced on her request by the Office's data protection officer
/// (scope audit:read) or by her own CPAS for its beneficiaries (scope jobseeker:social). Reading it is logged like any
/// read of her data: IDENTITY (the report names her) and each logged category whose content it lists.
/// </summary>
public sealed class AccessReportQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<AccessReportType>("accessReport")
            .Description("The person's access report (rapport d'accès, RGPD art. 15): per organisation, what it read, when, for what purpose and on what basis; her consents, active and past; the data held per category. French by default, English on Accept-Language: en; `pdf` is the document to hand over. The Office's data protection officer (audit:read), or the person's own CPAS (jobseeker:social); null when the person is not found or not the CPAS's beneficiary.")
            .Argument<NonNullGraphType<IdGraphType>>("jobSeekerId", "The person.")
            .Authorize(AccessRule.Scope().ForKinds(OrganisationKind.Office, OrganisationKind.Cpas).ForRoles(StaffRoles.DataProtectionOfficer))
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var scope = caller.IsOffice ? Scopes.AuditRead : Scopes.JobSeekerSocial;
                if (!caller.HasScope(scope))
                {
                    throw PartnersError.Execution(context, ErrorCodes.Forbidden, "forbidden_scope", scope);
                }

                var key = GlobalId.KeyOf(context.GetArgument<string>("jobSeekerId"), JobSeekerNode.TypeName);
                var db = context.Service<PartnersDbContext>();
                var person = key is null ? null : await db.JobSeekers.AsNoTracking().FirstOrDefaultAsync(j => j.Id == key, context.CancellationToken);
                var ownCpas = person?.Social.CpasOrganisationId == caller.OrganisationId;
                if (person is null || (!caller.IsOffice && !ownCpas))
                {
                    return null;
                }

                // What the report lists of each category follows the boundaries: the Office does not see SOCIAL content,
                // a CPAS not HEALTH content; the person's identity heads every report (the producer's art. 15 duty).
                var grounds = BoundaryRule.CallerGrounds(caller).ToHashSet();
                if (ownCpas)
                {
                    grounds.Add(AccessGround.OwnCpas);
                }

                var facts = new AccessFacts(grounds, null, new Dictionary<DataCategory, long>());
                bool Discloses(DataCategory category) => category == DataCategory.Identity || AccessPolicy.Decide(category, true, facts).Allowed;
                var clock = context.Service<IClock>();
                var report = await AccessReportBuilder.BuildAsync(db, person, Discloses, clock.UtcNow, clock.Today, context.CancellationToken);

                var ledger = context.Service<AccessLedger>();
                var basis = caller.IsOffice ? LegalBasis.OfficeMission : LegalBasis.OwnCpas;
                foreach (var category in AccessLedger.Logged.Where(Discloses))
                {
                    ledger.Record(person.Id, category, AccessDecision.Allow(basis) with { Purpose = AccessReportText.ReadingPurpose });
                }

                return report;
            });
}
