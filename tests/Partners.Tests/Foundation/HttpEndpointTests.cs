using System.Net;
using System.Text;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Foundation;

/// <summary>The GraphQL-over-HTTP rules of /graphql, each through the real pipeline.</summary>
public sealed class HttpEndpointTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_POST_answers_in_graphql_response_json_by_default()
    {
        var response = await client.PostGraphQLAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLHttp.GraphQLResponseType, response.ContentType);
        Assert.Equal("Query", response.EnsureNoErrors().Data!["__typename"]!.GetValue<string>());
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
