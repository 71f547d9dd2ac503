using GraphQL.Types;
using Partners.Api.Difficulties;
using Partners.Api.Disputes;
using Partners.Api.Events;
using Partners.Api.GraphQL;
using Partners.Api.Identity;
using Partners.Data.Events;
using Partners.Domain.Disputes;

namespace Partners.Api.Commission;

/// <summary><c>disputeUpdated</c> for the parties and the Commission; <c>commissionFeed</c> for the Commission alone.</summary>
public sealed class CommissionSubscriptions : ISubscriptionFields
{
    public void AddTo(SubscriptionType subscription)
    {
        subscription.Field<NonNullGraphType<DisputeNode>, Dispute>("disputeUpdated")
            .Description("Every change to a dispute (différend, décret du 12 janvier 2012, art. 16 §2 4°) the subscriber may see: its two parties and the Commission.")
            .RequireScope(Scopes.DisputesRead)
            .Resolve(context => context.ResolveEvent<Dispute>())
            .ResolveStream(context => context.EventStream<Dispute>(EventTopics.Dispute, CommissionEvents.LoadDisputeAsync, CommissionEvents.PartyOrCommission));

        subscription.Field<NonNullGraphType<CommissionEventType>, CommissionEvent>("commissionFeed")
            .Description("The Commission des opérateurs' live feed (art. 16): disputes, recurring difficulties, and complaint counts, never a complainant.")
            .RequireScope(Scopes.Commission)
            .Resolve(context => context.ResolveEvent<CommissionEvent>())
            .ResolveStream(context => context.EventStream<CommissionEvent>(EventTopics.Commission, CommissionEvents.LoadFeedAsync, EventFilters.Everyone));
    }
}

public sealed class CommissionEventType : ObjectGraphType<CommissionEvent>
{
    public CommissionEventType()
    {
        Name = "CommissionEvent";
        Description = "One change the Commission des opérateurs (décret du 12 janvier 2012, art. 16) follows; only the field of its kind is set.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The event's id; ids grow in the order of the changes.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<CommissionEventKindType>>("kind").Description("What changed.").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<DateTimeGraphType>>("occurredAt").Description("When the change was made (UTC).").Resolve(context => context.Source.OccurredAt);
        Field<DisputeNode>("dispute").Description("The dispute (différend, art. 16 §2 4°), for the dispute kinds.").Resolve(context => context.Source.Dispute);
        Field<RecurringDifficultyNode>("recurringDifficulty").Description("The recurring difficulty (difficulté récurrente, art. 13 12°, art. 14 9°), for its kinds.")
            .Resolve(context => context.Source.RecurringDifficulty);
        Field<ListGraphType<NonNullGraphType<ComplaintCountType>>>("complaintCounts")
            .Description("For COMPLAINT_COUNTS_CHANGED: the counts of complaints (plaintes, art. 13 11°, art. 14 8°) against the respondent concerned in the month concerned; counts, never a person.")
            .Resolve(context => context.Source.ComplaintCounts);
    }
}

public sealed class CommissionEventKindType : EnumType<CommissionEventKind>
{
    public CommissionEventKindType()
    {
        Name = "CommissionEventKind";
        Description = "What a Commission feed event (décret du 12 janvier 2012, art. 16) is about.";
        Values["DISPUTE_FILED"]!.Description = "A dispute (différend) was filed.";
        Values["DISPUTE_UPDATED"]!.Description = "A dispute (différend) moved (mediation, settlement, arbitration, decision, withdrawal).";
        Values["COMPLAINT_COUNTS_CHANGED"]!.Description = "A complaint (plainte) was recorded: the counts of its respondent and month changed.";
        Values["RECURRING_DIFFICULTY_REPORTED"]!.Description = "A recurring difficulty (difficulté récurrente) was reported.";
        Values["RECURRING_DIFFICULTY_UPDATED"]!.Description = "A recurring difficulty (difficulté récurrente) was acknowledged or closed.";
    }
}
