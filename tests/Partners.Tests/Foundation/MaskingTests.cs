using System.Net;
using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.Identity;
using Microsoft.Extensions.DependencyInjection;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Foundation;

/// <summary>A test-only field that fails the way a bug would, to show what a client sees of it.</summary>
public sealed class FailingTestFields : IQueryFields
{
    public const string Secret = "connection string Server=secret-host;Password=hunter2";

    public void AddTo(QueryType query) =>
        query.Field<StringGraphType>("testFailure")
            .Description("Test only: throws an unexpected exception.")
            .AuthorizeAuthenticated()
            .Resolve(_ => throw new InvalidOperationException(Secret));
}

/// <summary>Outside Development: introspection and suggestions off, errors masked to a stable code.</summary>
public sealed class MaskingTests(ProductionApiFactory factory) : IClassFixture<ProductionApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Introspection_is_off_in_Production()
    {
        var response = await client.PostGraphQLAsync("{ __schema { types { name } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task Field_suggestions_are_off_in_Production()
    {
        var response = await client.PostGraphQLAsync("{ __typenam }");

        var message = string.Join(" | ", response.Errors.Select(e => e!["message"]!.GetValue<string>()));
        Assert.Contains("VALIDATION", response.ErrorCodes);
        Assert.DoesNotContain("Did you mean", message, StringComparison.Ordinal);
        Assert.DoesNotContain("__typename", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_exception_is_masked_to_INTERNAL_without_its_text()
    {
        var token = await IssueTokenAsync();

        var response = await client.PostGraphQLAsync("{ testFailure viewer { clientId } }", token: token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("INTERNAL", response.ErrorCodes.Single());
        Assert.DoesNotContain("hunter2", response.Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", response.Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("test-client", response.Data!["viewer"]!["clientId"]!.GetValue<string>());
    }

    private async Task<string> IssueTokenAsync()
    {
        // Production has no demo clients: register one, as the tools command would.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Partners.Data.PartnersDbContext>();
        var registry = scope.ServiceProvider.GetRequiredService<ClientRegistry>();
        var organisation = db.Organisations.FirstOrDefault();
        if (organisation is null)
        {
            organisation = new Partners.Domain.Organisations.Organisation { Name = "Le Forem", Kind = Partners.Domain.Organisations.OrganisationKind.Office };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            await registry.RegisterAsync("test-client", "test-client-secret", "test", organisation, null, default);
        }

        return await Tokens.GetAsync(client, "test-client");
    }
}
