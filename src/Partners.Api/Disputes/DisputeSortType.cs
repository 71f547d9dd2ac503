using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Domain.Disputes;

namespace Partners.Api.Disputes;

public enum DisputeSortField
{
    FiledAt,
}

public sealed class DisputeSortType() : SortType<DisputeSortField, DisputeSortFieldType>("Dispute", "disputes");

public sealed class DisputeSortFieldType : EnumType<DisputeSortField>
{
    public DisputeSortFieldType()
    {
        Name = "DisputeSortField";
        Description = "What the disputes list may be sorted on.";
        Values["FILED_AT"]!.Description = "When the dispute was filed.";
    }
}

/// <summary>The disputes' sort keys (newest first when none is given), the id last for stable cursors.</summary>
public static class DisputeOrdering
{
    public static readonly Sorting<Dispute, DisputeSortField> Sorting = new Sorting<Dispute, DisputeSortField>([new(DisputeSortField.FiledAt, SortDirection.Desc)], x => x.Id, idDescending: true)
        .By(DisputeSortField.FiledAt, d => d.FiledAt);
}
