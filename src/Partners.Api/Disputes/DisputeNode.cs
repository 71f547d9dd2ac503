using Partners.Api.GraphQL;
using GraphQL.Types;
using Partners.Api.Commission;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Organisations;
using Partners.Domain.Disputes;

namespace Partners.Api.Disputes;

public sealed class DisputeNode : NodeGraphType<Dispute>
{
    public const string TypeName = "Dispute";

    public DisputeNode()
        : base(TypeName, "A dispute (différend) between the Office and one operator about their cooperation, mediated and, where the contract provides it, arbitrated by the Commission des opérateurs (décret du 12 janvier 2012, art. 16 §2 4°). Visible to the two parties and the Commission only.", d => d.Id)
    {
        Field<NonNullGraphType<OrganisationNode>>("filer").Description("The party that filed the dispute.")
            .Resolve(context => context.LoadOrganisation(context.Source.FilerOrganisationId));
        Field<NonNullGraphType<OrganisationNode>>("respondent").Description("The other party.")
            .Resolve(context => context.LoadOrganisation(context.Source.RespondentOrganisationId));
        Field<NonNullGraphType<Partners.Api.Contracts.DisputeClauseType>>("clauseAtFiling")
            .Description("The dispute clause of the parties' cooperation contract (art. 11 8°) when the dispute was filed.")
            .Resolve(context => context.Source.ClauseAtFiling);
        this.Member(d => d.Subject).Description("What the dispute is about, in a line.");
        this.Member(d => d.Description).Description("The dispute as the filer states it.");
        Field<RegionType>("region").Description("The directorate of a sub-regional matter (art. 16 §4), if any.")
            .Resolve(context => context.Source.Region);
        this.Member(d => d.InvitedRepresentatives, nullable: true)
            .Description("The directorate's representatives invited to the Commission's meetings on the dispute (art. 16 §4).");
        Field<NonNullGraphType<DisputeStatusType>>("status").Description("Where the dispute stands.")
            .Resolve(context => context.Source.Status);
        Field<DisputeInadmissibleReasonType>("inadmissibleReason").Description("Why the dispute is inadmissible, when it is.")
            .Resolve(context => context.Source.InadmissibleReason);
        Field<NonNullGraphType<DateTimeGraphType>>("filedAt").Description("When the dispute was filed (UTC).")
            .Resolve(context => context.Source.FiledAt);
        Field<DateScalar>("mediationStartedOn").Description("The day the Commission opened the mediation.")
            .Resolve(context => context.Source.MediationStartedOn);
        Field<DateScalar>("arbitrationStartedOn").Description("The day the dispute was referred to arbitration.")
            .Resolve(context => context.Source.ArbitrationStartedOn);
        Field<DisputeOutcomeType>("settlement").Description("The agreement reached in mediation (accord de médiation).")
            .Resolve(context => context.Source.Settlement);
        Field<DisputeOutcomeType>("decision").Description("The arbitration decision (sentence arbitrale).")
            .Resolve(context => context.Source.Decision);
        Field<DateScalar>("withdrawnOn").Description("The day the filer withdrew the dispute.")
            .Resolve(context => context.Source.WithdrawnOn);
        Field<NonNullGraphType<IntGraphType>>("referralCount")
            .Description("How many referrals the dispute is about (none when it concerns the cooperation as a whole).")
            .Resolve(context => context.Source.Referrals.Count);
        Field<NonNullGraphType<ConnectionType<Partners.Api.Referrals.ReferralNode, Partners.Domain.Referrals.Referral>>>("referrals")
            .Description("The referrals the dispute is about that the caller may see: the parties see theirs; the Commission, which reads no referral, sees none (`referralCount` says how many); oldest first: by id. Paged only (no `where` or `order`).")
            .Arguments(Paging.Arguments())
            .Resolve(context => context.LoadDisputeReferrals(context.Source.Id).Paged(context, q => q.OrderBy(r => r.Id)));
        Field<NonNullGraphType<ConnectionType<DisputeHistoryEntryType, DisputeHistoryEntry>>>("history")
            .Description("Every change of state, oldest first: by time, then id. Paged only (no `where` or `order`).")
            .Arguments(Paging.Arguments())
            .Resolve(context => context.Source.History.Paged(context, q => q.OrderBy(h => h.At).ThenBy(h => h.Id)));
    }
}
