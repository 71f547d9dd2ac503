using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;
using Partners.Api.Operations;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Operations;

/// <summary>Health split, CORS, traces and the one-line request log (issue 14, item 6).</summary>
public sealed class OperationsTests(OperationsApiFactory factory) : IClassFixture<OperationsApiFactory>
{
    [Fact]
    public async Task Liveness_runs_no_check_readiness_and_health_check_the_database()
    {
        var client = factory.CreateClient();

        var live = await GetJsonAsync(client, "/health/live");
        var ready = await GetJsonAsync(client, "/health/ready");
        var health = await GetJsonAsync(client, "/health");

        Assert.Equal("Healthy", live["status"]!.GetValue<string>());
        Assert.Empty(live["checks"]!.AsObject());
        Assert.Equal("Healthy", ready["checks"]!["database"]!["status"]!.GetValue<string>());
        Assert.Equal("Healthy", health["checks"]!["database"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_preflight_from_a_configured_origin_is_allowed_and_from_another_is_answered_without_cors_headers()
    {
        var client = factory.CreateClient();

        using var allowed = await client.SendAsync(Preflight(OperationsApiFactory.DashboardOrigin));
        using var other = await client.SendAsync(Preflight("https://elsewhere.example"));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json") };
        post.Headers.Add("Origin", OperationsApiFactory.DashboardOrigin);
        using var answer = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal(OperationsApiFactory.DashboardOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("authorization", string.Join(',', allowed.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NoContent, other.StatusCode);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(OperationsApiFactory.DashboardOrigin, answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task A_GraphQL_operation_is_one_span_and_one_log_line_with_its_name_client_and_error_codes_and_no_data()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PartnersTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (spans) { spans.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);
        var client = factory.CreateClient();
        var token = await Tokens.GetAsync(client, Tokens.Forem);

        (await client.PostGraphQLAsync("query TelemetryProbe { jobSeekers(first: 2) { nodes { identity { lastName niss } } } }", token: token)).EnsureNoErrors();
        var refused = await client.PostGraphQLAsync("query TelemetryRefusal { offer(id: \"bm90LWFuLWlk\") { id } node(id: 1) { id } }", token: token);

        Activity span;
        lock (spans)
        {
            span = spans.Single(s => s.DisplayName == "graphql query TelemetryProbe");
        }

        Assert.Equal("forem-demo", span.GetTagItem("partners.client_id"));
        Assert.Equal("TelemetryProbe", span.GetTagItem("graphql.operation.name"));
        var lines = factory.Logs.Where(l => l.Category == typeof(OperationTelemetry).FullName).Select(l => l.Message).ToList();
        var line = Assert.Single(lines, l => l.Contains("TelemetryProbe", StringComparison.Ordinal));
        Assert.Matches(@"^GraphQL query TelemetryProbe in \d+(\.\d)? ms, errors none, client forem-demo$", line);
        var refusal = Assert.Single(lines, l => l.Contains("TelemetryRefusal", StringComparison.Ordinal));
        Assert.Contains($"errors {string.Join(',', refused.ErrorCodes.Distinct())}", refusal, StringComparison.Ordinal);

        // No personal data: the names and national numbers read are in the answer, never in the log.
        var people = (await client.PostGraphQLAsync("{ jobSeekers(first: 2) { nodes { identity { lastName niss } } } }", token: token)).Data!;
        foreach (var person in people["jobSeekers"]!["nodes"]!.AsArray())
        {
            Assert.DoesNotContain(factory.Logs, l => l.Message.Contains(person!["identity"]!["niss"]!.GetValue<string>(), StringComparison.Ordinal)
                || l.Message.Contains(person["identity"]!["lastName"]!.GetValue<string>(), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void With_an_OTLP_endpoint_traces_and_metrics_are_collected_and_OpenIddict_logs_only_warnings()
    {
        Assert.NotNull(factory.Services.GetService<TracerProvider>());
        Assert.NotNull(factory.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
        var filters = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LoggerFilterOptions>>().Value;
        Assert.Contains(filters.Rules, r => r.CategoryName == "OpenIddict" && r.LogLevel == LogLevel.Warning);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }

    private static async Task<JsonNode> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
