using GraphQL.Types;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL;

namespace Partners.Api.Reconversion;

public sealed record CreateReconversionPlanInput(
    string ReconversionUnitId, string EmployerName, string EmployerEnterpriseNumber, DateOnly StartsOn, DateOnly EndsOn);

public sealed class CreateReconversionPlanInputType : InputObjectGraphType<CreateReconversionPlanInput>
{
    public CreateReconversionPlanInputType()
    {
        Name = "CreateReconversionPlanInput";
        Description = "A new reconversion plan (décret du 29 janvier 2004, art. 11) for one collective dismissal.";
        Field<NonNullGraphType<IdGraphType>>("reconversionUnitId").Description("The reconversion unit (an Organisation of kind RECONVERSION_UNIT) that runs the plan.");
        Field<NonNullGraphType<StringGraphType>>("employerName").Description("The dismissing employer's name.").MaxLength(200);
        Field<NonNullGraphType<StringGraphType>>("employerEnterpriseNumber").Description("The employer's enterprise number (BCE/KBO), checked by its mod-97 rule.").MaxLength(20);
        Field<NonNullGraphType<DateScalar>>("startsOn").Description("The first day of the plan.");
        Field<NonNullGraphType<DateScalar>>("endsOn").Description("The last day of the plan; at most two years after its start (art. 2 §4).");
    }
}
