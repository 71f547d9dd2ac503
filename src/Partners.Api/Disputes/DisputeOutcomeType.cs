using Partners.Api.GraphQL;
using GraphQL.Types;
using Partners.Api.Commission;
using Partners.Domain.Disputes;

namespace Partners.Api.Disputes;

public sealed class DisputeOutcomeType : ObjectGraphType<DisputeOutcome>
{
    public DisputeOutcomeType()
    {
        Name = "DisputeOutcome";
        Description = "How a dispute ended: the agreement of a mediation (accord) or the arbitration decision (sentence).";
        this.Member(o => o.Text).Description("The text of the agreement or decision.");
        Field<NonNullGraphType<DateScalar>>("on").Description("The day it was recorded.")
            .Resolve(context => context.Source.On);
    }
}
