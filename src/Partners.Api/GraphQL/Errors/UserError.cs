namespace Partners.Api.GraphQL.Errors;

/// <summary>An expected business refusal returned in a mutation payload's <c>errors</c> (contract.md).</summary>
public sealed record UserError(string Code, string Message, string? Field);
