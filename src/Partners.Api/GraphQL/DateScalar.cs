using GraphQL.Types;

namespace Partners.Api.GraphQL;

/// <summary>contract.md's <c>Date</c>: a calendar day, ISO 8601 (<c>2026-03-02</c>), without time or zone.</summary>
public sealed class DateScalar : DateOnlyGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "A calendar day in ISO 8601 (YYYY-MM-DD), e.g. an answer's due date (échéance).";
    }
}
