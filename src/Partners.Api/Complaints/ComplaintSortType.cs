using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Domain.Complaints;

namespace Partners.Api.Complaints;

public enum ComplaintSortField
{
    ReceivedOn,
    AcknowledgementDueOn,
}

public sealed class ComplaintSortType() : SortType<ComplaintSortField, ComplaintSortFieldType>("Complaint", "complaints");

public sealed class ComplaintSortFieldType : EnumType<ComplaintSortField>
{
    public ComplaintSortFieldType()
    {
        Name = "ComplaintSortField";
        Description = "What the complaints list may be sorted on.";
        Values["RECEIVED_ON"]!.Description = "The day the complaint was received.";
        Values["ACKNOWLEDGEMENT_DUE_ON"]!.Description = "The day its acknowledgement is due.";
    }
}

/// <summary>The complaints' sort keys (newest received first when none is given), the id last for stable cursors.</summary>
public static class ComplaintOrdering
{
    public static readonly Sorting<Complaint, ComplaintSortField> Sorting = new Sorting<Complaint, ComplaintSortField>([new(ComplaintSortField.ReceivedOn, SortDirection.Desc)], x => x.Id, idDescending: true)
        .By(ComplaintSortField.ReceivedOn, c => c.ReceivedOn)
        .By(ComplaintSortField.AcknowledgementDueOn, c => c.AcknowledgementDueOn);
}
