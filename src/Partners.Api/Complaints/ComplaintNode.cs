using GraphQL.Types;
using Partners.Api.Commission;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Organisations;
using Partners.Domain.Common;
using Partners.Domain.Complaints;

namespace Partners.Api.Complaints;

/// <summary>
/// A complaint as its respondent and its recorder see it. No field leads to the job seeker here: the person is
/// added with the data boundaries (domain.md, "The boundaries"), and the Commission never reaches this type.
/// </summary>
public sealed class ComplaintNode : NodeGraphType<Complaint>
{
    public const string TypeName = "Complaint";

    public ComplaintNode()
        : base(TypeName, "A job seeker's complaint (plainte) about an engagement of the Office (décret du 12 janvier 2012, art. 13 11°) or of an operator (art. 14 8°), handled by the party complained about.", c => c.Id)
    {
        Field<NonNullGraphType<ComplaintStatusType>>("status").Description("Where the complaint stands.")
            .Resolve(context => context.Source.Status);
        Field<NonNullGraphType<EngagementType>>("engagement").Description("The engagement complained about.")
            .Resolve(context => context.LoadEngagement(context.Source.EngagementCode));
        Field<NonNullGraphType<OrganisationNode>>("respondent").Description("The party complained about, which handles the complaint.")
            .Resolve(context => context.LoadOrganisation(context.Source.RespondentOrganisationId));
        Field<NonNullGraphType<OrganisationNode>>("recordedBy").Description("The organisation that recorded the complaint for the job seeker.")
            .Resolve(context => context.LoadOrganisation(context.Source.RecordedByOrganisationId));
        Field<JobSeekers.JobSeekerNode>("jobSeeker")
            .Description("The complainant (demandeur d'emploi), to the parties handling the complaint only; each data category is guarded as everywhere (domain.md, \"The boundaries\").")
            .Resolve(c => JobSeekers.JobSeekerLoader.LoadJobSeeker(c, c.Source.JobSeekerId));
        this.Member(c => c.Description).Description("The complaint as the job seeker states it.");
        Field<IdGraphType>("referralId").Description("The referral (adressage) the complaint is about, if any.")
            .Resolve(context => context.Source.ReferralId is { } id ? GlobalId.Encode("Referral", id) : null);
        Field<NonNullGraphType<DateScalar>>("receivedOn").Description("The day the complaint was received; the periods run from it.")
            .Resolve(context => context.Source.ReceivedOn);
        Field<RegionType>("region").Description("The directorate the complaint is counted under.")
            .Resolve(context => context.Source.Region);
        Field<NonNullGraphType<DateScalar>>("acknowledgementDueOn").Description("The last day to acknowledge receipt (accusé de réception).")
            .Resolve(context => context.Source.AcknowledgementDueOn);
        Field<NonNullGraphType<DateScalar>>("answerDueOn").Description("The last day to answer.")
            .Resolve(context => context.Source.AnswerDueOn);
        Field<DateScalar>("acknowledgedOn").Description("The day receipt was acknowledged.")
            .Resolve(context => context.Source.AcknowledgedOn);
        Field<NonNullGraphType<BooleanGraphType>>("acknowledgementOverdue")
            .Description("Not acknowledged within the period: still unacknowledged after the due day, or acknowledged late.")
            .Resolve(context => context.Source.AcknowledgementOverdue(context.Service<IClock>().Today));
        Field<NonNullGraphType<BooleanGraphType>>("answerOverdue")
            .Description("Not answered within the period: still open after the due day, or answered late.")
            .Resolve(context => context.Source.AnswerOverdue(context.Service<IClock>().Today));
        Field<ComplaintAnswerType>("answer").Description("The motivated answer, once given.")
            .Resolve(context => context.Source.Answer);
        Field<DateScalar>("closedOn").Description("The day the complaint was closed.")
            .Resolve(context => context.Source.ClosedOn);
        Field<DateScalar>("withdrawnOn").Description("The day the complaint was withdrawn.")
            .Resolve(context => context.Source.WithdrawnOn);
        Field<NonNullGraphType<ConnectionType<ComplaintHistoryEntryType, ComplaintHistoryEntry>>>("history")
            .Description("Every change of state, oldest first: by time, then id. Paged only (no `where` or `order`).")
            .Arguments(Paging.Arguments())
            .Resolve(context => context.Source.History.Paged(context, q => q.OrderBy(h => h.At).ThenBy(h => h.Id)));
    }
}
