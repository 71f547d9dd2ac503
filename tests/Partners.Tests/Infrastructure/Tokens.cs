using System.Net;
using System.Text.Json.Nodes;

namespace Partners.Tests.Infrastructure;

/// <summary>Tokens from the real /connect/token endpoint, for the demo clients of contract.md.</summary>
public static class Tokens
{
    public const string Forem = "forem-demo";
    public const string CpasLiege = "cpas-liege-demo";
    public const string Isp = "isp-demo";
    public const string IspNoClause = "isp-noclause-demo";
    public const string Commission = "commission-demo";
    public const string ForemSocial = "forem-social-demo";

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> RequestAsync(HttpClient client, string clientId, string? secret = null, string? scope = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret ?? clientId + "-secret",
        };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        using var content = new FormUrlEncodedContent(form);
        using var response = await client.PostAsync("/connect/token", content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text));
    }

    /// <summary>An access token for a demo client; fails the test when none is issued.</summary>
    public static async Task<string> GetAsync(HttpClient client, string clientId, string? scope = null)
    {
        var (status, body) = await RequestAsync(client, clientId, scope: scope);
        Assert.True(status == HttpStatusCode.OK, $"No token for {clientId}: {body?.ToJsonString()}");
        return body!["access_token"]!.GetValue<string>();
    }
}
