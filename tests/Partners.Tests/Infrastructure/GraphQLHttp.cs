using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Partners.Tests.Infrastructure;

/// <summary>A GraphQL answer as the client sees it: status, content type and the JSON body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? ContentType, JsonNode? Body, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders)
{
    public JsonNode? Data => Body?["data"];

    public JsonArray Errors => Body?["errors"] as JsonArray ?? [];

    public IReadOnlyList<string?> ErrorCodes => [.. Errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>())];

    /// <summary>Fails with the whole body when the answer carries errors.</summary>
    public GraphQLResponse EnsureNoErrors()
    {
        Assert.True(Errors.Count == 0, "Unexpected errors: " + Body?.ToJsonString());
        return this;
    }
}

public static class GraphQLHttp
{
    public const string GraphQLResponseType = "application/graphql-response+json";

    /// <summary>What the GraphQL-over-HTTP specification tells clients to send; the helpers send it unless told otherwise.</summary>
    public const string SpecAccept = "application/graphql-response+json, application/json;q=0.9";

    /// <summary>Pass as <c>accept</c> to send no <c>Accept</c> header at all.</summary>
    public const string NoAccept = "";

    public static async Task<GraphQLResponse> PostGraphQLAsync(
        this HttpClient client, string query, object? variables = null, string? token = null, string? accept = null,
        string? language = null, string? operationName = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        return await SendGraphQLAsync(client, request, token, accept, language);
    }

    public static async Task<GraphQLResponse> SendGraphQLAsync(
        this HttpClient client, HttpRequestMessage request, string? token = null, string? accept = null, string? language = null)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        accept ??= SpecAccept;
        if (accept.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        if (!string.IsNullOrEmpty(text))
        {
            try
            {
                json = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                Assert.Fail($"The answer is not JSON ({(int)response.StatusCode}): {text}");
            }
        }

        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, json, response.Headers, response.Content.Headers);
    }
}
