using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Organisations;
using Partners.Domain.Difficulties;

namespace Partners.Api.Difficulties;

public sealed class RecurringDifficultyNode : NodeGraphType<RecurringDifficulty>
{
    public const string TypeName = "RecurringDifficulty";

    public RecurringDifficultyNode()
        : base(TypeName, "A difficulty met again and again in the individualised accompaniment (difficulté récurrente), reported to the Commission des opérateurs by the Office (décret du 12 janvier 2012, art. 13 12°) or an operator (art. 14 9°).", d => d.Id)
    {
        Field<NonNullGraphType<OrganisationNode>>("reporter").Description("The organisation that reported it.")
            .Resolve(context => context.LoadOrganisation(context.Source.ReporterOrganisationId));
        this.Member(d => d.Title).Description("The difficulty, in a line.");
        this.Member(d => d.Description).Description("The difficulty, described.");
        Field<RegionType>("region").Description("The directorate concerned, if the difficulty is sub-regional.")
            .Resolve(context => context.Source.Region);
        Field<NonNullGraphType<RecurringDifficultyStatusType>>("status").Description("Where the difficulty stands.")
            .Resolve(context => context.Source.Status);
        Field<NonNullGraphType<DateTimeGraphType>>("reportedAt").Description("When it was reported (UTC).")
            .Resolve(context => context.Source.ReportedAt);
        Field<DateTimeGraphType>("acknowledgedAt").Description("When the Commission took note of it (UTC).")
            .Resolve(context => context.Source.AcknowledgedAt);
        Field<DateTimeGraphType>("closedAt").Description("When the Commission closed it (UTC).")
            .Resolve(context => context.Source.ClosedAt);
    }
}
