using GraphQL.Types;
using Partners.Api.GraphQL.Relay;
using Partners.Domain.Contracts;

namespace Partners.Api.Contracts;

public sealed record CooperationContractFilter(
    ContractStatus? Status, IReadOnlyList<ContractStatus>? StatusIn, string? OperatorId, IReadOnlyList<string>? OperatorIdIn, DateRange? ValidFrom,
    IReadOnlyList<CooperationContractFilter>? And, IReadOnlyList<CooperationContractFilter>? Or)
    : ICombinedFilter<CooperationContractFilter>;

public sealed class CooperationContractFilterType : FilterType<CooperationContractFilter, CooperationContractFilterType>
{
    public CooperationContractFilterType()
        : base("CooperationContractFilter", "Filters of the cooperation contracts list (contrats de coopération, art. 11).")
    {
        Field<ContractStatusType>("status").Description("Only contracts in this status.");
        Field<ListGraphType<NonNullGraphType<ContractStatusType>>>("statusIn").Description("Only contracts in one of these statuses.");
        Field<IdGraphType>("operatorId").Description("Only contracts with this operator (an Organisation id).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("operatorIdIn").Description("Only contracts with one of these operators (Organisation ids).");
        Field<DateRangeType>("validFrom").Description("Only contracts taking effect on these days.");
        Combinable();
    }
}
