using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Domain.Contracts;

namespace Partners.Api.Contracts;

public enum CooperationContractSortField
{
    ValidFrom,
    ValidUntil,
}

public sealed class CooperationContractSortType() : SortType<CooperationContractSortField, CooperationContractSortFieldType>("CooperationContract", "cooperation contracts");

public sealed class CooperationContractSortFieldType() : DescribedEnumType<CooperationContractSortField>(
    "CooperationContractSortField",
    "What the cooperation contracts list may be sorted on.",
    ("VALID_FROM", "The day the contract takes effect (art. 11)."),
    ("VALID_UNTIL", "The day the contract ends; open-ended contracts first."));

/// <summary>The contracts' sort keys (earliest start first when none is given), the id last for stable cursors.</summary>
public static class CooperationContractOrdering
{
    public static readonly Sorting<CooperationContract, CooperationContractSortField> Sorting =
        new Sorting<CooperationContract, CooperationContractSortField>([new(CooperationContractSortField.ValidFrom)], c => c.Id)
            .By(CooperationContractSortField.ValidFrom, c => c.ValidFrom)
            .By(CooperationContractSortField.ValidUntil, c => c.ValidUntil);
}
