using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Identity;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Identity;

/// <summary>Client credentials through the real /connect/token, and the token's use at /graphql.</summary>
public sealed class TokenTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string ViewerQuery = "{ viewer { clientId scopes organisation { name kind } } }";
    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string, string, string> DemoClients => new()
    {
        { Tokens.Forem, "OFFICE", "audit:read complaints:read complaints:write consents:write disputes:read disputes:write jobseeker:health jobseeker:identity jobseeker:pathway jobseeker:social offers:read offers:write referrals:read referrals:write" },
        { Tokens.ForemSocial, "OFFICE", "audit:read complaints:read complaints:write consents:write disputes:read disputes:write jobseeker:health jobseeker:identity jobseeker:pathway jobseeker:social offers:read offers:write referrals:read referrals:write" },
        { Tokens.CpasLiege, "CPAS", "complaints:read complaints:write consents:write disputes:read disputes:write jobseeker:health jobseeker:identity jobseeker:pathway jobseeker:social offers:read offers:write referrals:read referrals:write" },
        { Tokens.Isp, "ISP_OPERATOR", "complaints:read complaints:write disputes:read disputes:write jobseeker:health jobseeker:identity jobseeker:pathway jobseeker:social offers:read offers:write referrals:read referrals:write" },
        { Tokens.IspNoClause, "ISP_OPERATOR", "complaints:read complaints:write disputes:read disputes:write jobseeker:health jobseeker:identity jobseeker:pathway jobseeker:social offers:read offers:write referrals:read referrals:write" },
        { Tokens.Commission, "COMMISSION", "commission disputes:read offers:read" },
    };

    [Theory]
    [MemberData(nameof(DemoClients))]
    public async Task Each_demo_client_gets_exactly_the_scopes_of_its_organisation_kind(string clientId, string kind, string scopes)
    {
        var token = await Tokens.GetAsync(client, clientId);

        var viewer = (await client.PostGraphQLAsync(ViewerQuery, token: token)).EnsureNoErrors().Data!["viewer"]!;

        Assert.Equal(clientId, viewer["clientId"]!.GetValue<string>());
        Assert.Equal(kind, viewer["organisation"]!["kind"]!.GetValue<string>());
        Assert.Equal(scopes, string.Join(' ', viewer["scopes"]!.AsArray().Select(s => s!.GetValue<string>())));
    }

    [Fact]
    public async Task A_client_asking_for_fewer_scopes_gets_only_those()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp, scope: "offers:read referrals:read");

        var viewer = (await client.PostGraphQLAsync(ViewerQuery, token: token)).EnsureNoErrors().Data!["viewer"]!;

        Assert.Equal("offers:read referrals:read", string.Join(' ', viewer["scopes"]!.AsArray().Select(s => s!.GetValue<string>())));
    }

    [Theory]
    [InlineData(Tokens.Isp, "consents:write")]
    [InlineData(Tokens.Commission, "jobseeker:identity")]
    [InlineData(Tokens.Commission, "jobseeker:social")]
    [InlineData(Tokens.Isp, "commission")]
    [InlineData(Tokens.Commission, "referrals:read")]
    [InlineData(Tokens.Forem, "commission")]
    public async Task A_scope_outside_the_organisation_kind_is_never_granted(string clientId, string scope)
    {
        var (status, body) = await Tokens.RequestAsync(client, clientId, scope: scope);

        // OpenIddict refuses a scope the client is not permitted (its permissions follow its organisation's kind).
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_request", body!["error"]!.GetValue<string>());
        Assert.Null(body["access_token"]);
    }

    [Fact]
    public async Task A_wrong_secret_is_refused()
    {
        var (status, body) = await Tokens.RequestAsync(client, Tokens.Isp, secret: "not-the-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid_client", body!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_client_is_refused()
    {
        var (status, body) = await Tokens.RequestAsync(client, "nobody", secret: "x");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid_client", body!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_tampered_token_is_refused_with_401()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var tampered = token[..^8] + (token[^8] == 'A' ? 'B' : 'A') + token[^7..];

        var response = await client.PostGraphQLAsync(ViewerQuery, token: tampered);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", response.ErrorCodes.Single());
    }

    [Fact]
    public async Task A_token_that_is_not_ours_is_refused_with_401()
    {
        var response = await client.PostGraphQLAsync(ViewerQuery, token: "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task A_disabled_client_stops_at_once_and_gets_no_new_token()
    {
        // A client of its own, so disabling it does not disturb the other tests of the class.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Partners.Data.PartnersDbContext>();
            var organisation = db.Organisations.Single(o => o.Name == Partners.Api.Seed.DemoOrganisations.IspThird);
            await scope.ServiceProvider.GetRequiredService<ClientRegistry>().RegisterAsync("to-disable", "to-disable-secret", "to disable", organisation, null, default);
        }

        var token = await Tokens.GetAsync(client, "to-disable");
        (await client.PostGraphQLAsync(ViewerQuery, token: token)).EnsureNoErrors();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ClientRegistry>().DisableAsync("to-disable", default));
        }

        var refused = await client.PostGraphQLAsync(ViewerQuery, token: token);
        var (status, _) = await Tokens.RequestAsync(client, "to-disable");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.NotEqual(HttpStatusCode.OK, status);
    }
}
