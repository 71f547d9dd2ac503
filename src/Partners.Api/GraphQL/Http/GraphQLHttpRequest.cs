using System.Text.Json;

namespace Partners.Api.GraphQL.Http;

/// <summary>The parameters of a GraphQL-over-HTTP request, from a GET URL or a POST JSON body.</summary>
public sealed record GraphQLHttpRequest(
    string? Query,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions,
    string? DocumentId);
