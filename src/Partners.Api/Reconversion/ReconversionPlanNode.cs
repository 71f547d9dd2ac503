using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Organisations;
using Partners.Domain.Common;
using Partners.Domain.Reconversion;

namespace Partners.Api.Reconversion;

public sealed class ReconversionPlanNode : NodeGraphType<ReconversionPlan>
{
    public const string TypeName = "ReconversionPlan";

    public ReconversionPlanNode()
        : base(TypeName, "The plan of a reconversion unit (cellule de reconversion, décret du 29 janvier 2004, art. 11): one collective dismissal, its employer's dismissed workers, one year, at most two (art. 2 §4).", p => p.Id)
    {
        Field<NonNullGraphType<OrganisationNode>>("reconversionUnit").Description("The reconversion unit (cellule de reconversion) that runs the plan.")
            .Resolve(context => context.LoadOrganisation(context.Source.ReconversionUnitOrganisationId));
        this.Member(p => p.EmployerName).Description("The employer whose collective dismissal the plan serves.");
        this.Member(p => p.EmployerEnterpriseNumber).Description("The employer's enterprise number (numéro d'entreprise BCE/KBO), 10 digits.");
        Field<NonNullGraphType<DateScalar>>("startsOn").Description("The first day of the plan.").Resolve(context => context.Source.StartsOn);
        Field<NonNullGraphType<DateScalar>>("endsOn").Description("The last day of the plan, inclusive; at most two years after its start (art. 2 §4).")
            .Resolve(context => context.Source.EndsOn);
        Field<NonNullGraphType<IntGraphType>>("workerCount").Description("How many dismissed workers the plan covers (a count: the workers are people, read through their referrals).")
            .Resolve(context => context.Source.Workers.Count);
        Field<NonNullGraphType<BooleanGraphType>>("runsToday").Description("True while the plan runs: only then do its offers take its workers.")
            .Resolve(context => context.Source.RunsOn(context.Service<IClock>().Today));
    }
}
