using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Foundation;

/// <summary>The GraphQL-over-HTTP rules of /graphql, each through the real pipeline.</summary>
public sealed class HttpEndpointTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_client_that_names_graphql_response_json_gets_it()
    {
        var response = await client.PostGraphQLAsync("{ __typename }", accept: GraphQLHttp.SpecAccept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLHttp.GraphQLResponseType, response.ContentType);
        Assert.Equal("Query", response.EnsureNoErrors().Data!["__typename"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(GraphQLHttp.NoAccept)]
    [InlineData("*/*")]
    [InlineData("application/*")]
    [InlineData("application/json, */*;q=0.5")]
    public async Task Without_graphql_response_json_in_Accept_the_answer_is_application_json(string accept)
    {
        var response = await client.PostGraphQLAsync("{ __typename(unknown: 1) }", accept: accept);

        Assert.Equal("application/json", response.ContentType);
        // The legacy type keeps the legacy status: a request that does not validate is still a 200 with errors.
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("VALIDATION", response.ErrorCodes.Single());
    }

    [Fact]
    public async Task A_client_asking_for_application_json_gets_it()
    {
        var response = await client.PostGraphQLAsync("{ __typename }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.ContentType);
    }

    [Fact]
    public async Task The_preferred_type_of_the_Accept_header_wins()
    {
        var response = await client.PostGraphQLAsync("{ __typename }", accept: "application/graphql-response+json;q=0.5, application/json");

        Assert.Equal("application/json", response.ContentType);
    }

    [Fact]
    public async Task Nothing_acceptable_in_Accept_is_406()
    {
        var response = await client.PostGraphQLAsync("{ __typename }", accept: "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Fact]
    public async Task A_body_that_is_not_application_json_is_415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{ __typename }", Encoding.UTF8, "application/graphql"),
        };
        var response = await client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal("BAD_REQUEST", response.ErrorCodes.Single());
    }

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("[{\"query\": \"{ __typename }\"}]")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": [1]}")]
    [InlineData("{}")]
    [InlineData("{\"query\": \"\\ud800\"}")]
    [InlineData("{\"query\": \"{ __typename }\", \"operationName\": \"\\udfff\"}")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": {\"a\": \"\\ud800\"}}")]
    public async Task An_unreadable_request_body_is_400(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        var response = await client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", response.ErrorCodes.Single());
    }

    [Fact]
    public async Task A_body_that_is_not_UTF_8_is_400()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"query\": \"{ __typename } # \"}").ToList();
        bytes.InsertRange(bytes.Count - 2, new byte[] { 0xC3, 0x28, 0xFF });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent([.. bytes]) };
        request.Content.Headers.ContentType = new("application/json");

        var response = await client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", response.ErrorCodes.Single());
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task A_subscription_over_HTTP_is_refused_with_a_message_that_names_the_WebSocket(string method)
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        const string subscription = "subscription { referralUpdated { id } }";
        var response = method == "POST"
            ? await client.PostGraphQLAsync(subscription, token: token, language: "en")
            : await client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(subscription)), token, language: "en");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", response.ErrorCodes.Single());
        Assert.Contains("WebSocket", response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_failure_around_execution_is_INTERNAL_not_a_bad_request()
    {
        using var failing = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            // A schema that fails to build: its InvalidOperationException escapes the executor's own error handling.
            services.AddSingleton<Partners.Api.GraphQL.IQueryFields>(_ => throw new InvalidOperationException("The schema could not be built."))));

        var response = await failing.CreateClient().PostGraphQLAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal("INTERNAL", response.ErrorCodes.Single());
        Assert.DoesNotContain("xception", response.Body!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_that_does_not_parse_is_400_under_graphql_response_json()
    {
        var response = await client.PostGraphQLAsync("{ __typename ");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("PARSE_ERROR", response.ErrorCodes.Single());
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_document_that_does_not_parse_is_200_under_legacy_application_json()
    {
        var response = await client.PostGraphQLAsync("{ __typename ", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("PARSE_ERROR", response.ErrorCodes.Single());
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_400()
    {
        var response = await client.PostGraphQLAsync("{ __typename(unknown: 1) }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("VALIDATION", response.ErrorCodes.Single());
    }

    [Fact]
    public async Task GET_runs_a_query_from_the_URL()
    {
        var response = await client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("query Q { __typename }") + "&operationName=Q"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.EnsureNoErrors().Data!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mutation_over_GET_is_405()
    {
        var response = await client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }")));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Contains("POST", string.Join(",", response.ContentHeaders.Allow), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"),
        };
        var response = await client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }

    [Fact]
    public async Task An_anonymous_request_beyond_typename_is_401()
    {
        var response = await client.PostGraphQLAsync("{ organisations { totalCount } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", response.ErrorCodes.Single());
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task Messages_are_French_by_default_and_English_on_request()
    {
        var french = await client.PostGraphQLAsync("{ organisations { totalCount } }");
        var english = await client.PostGraphQLAsync("{ organisations { totalCount } }", language: "en");

        Assert.StartsWith("Authentification requise", french.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("Authentication required", english.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
