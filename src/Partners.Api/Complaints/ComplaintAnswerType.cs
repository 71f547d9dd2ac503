using Partners.Api.GraphQL;
using GraphQL.Types;
using Partners.Api.Commission;
using Partners.Domain.Complaints;

namespace Partners.Api.Complaints;

public sealed class ComplaintAnswerType : ObjectGraphType<ComplaintAnswer>
{
    public ComplaintAnswerType()
    {
        Name = "ComplaintAnswer";
        Description = "The answer of the party complained about (réponse motivée à la plainte).";
        Field<NonNullGraphType<ComplaintFindingType>>("finding").Description("Founded, partly founded or unfounded.")
            .Resolve(context => context.Source.Finding);
        this.Member(a => a.Text).Description("The motivated text of the answer.");
        Field<NonNullGraphType<DateScalar>>("answeredOn").Description("The day of the answer.")
            .Resolve(context => context.Source.AnsweredOn);
    }
}
