using GraphQL.Types;

namespace Partners.Api.Commission;

/// <summary>
/// contract.md's <c>Date</c> scalar (ISO 8601 <c>yyyy-MM-dd</c>): GraphQL.NET's date-only scalar under the contract's
/// name. A platform concern parked here; it belongs with the other shared GraphQL types.
/// </summary>
public sealed class DateType : DateOnlyGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "A calendar day, ISO 8601 `yyyy-MM-dd`.";
    }
}
