using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Identity;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Identity;

/// <summary>
/// A token's signature is checked once per instance (<see cref="ValidatedTokens"/>); what was checked is reused only
/// for the very same token, on the same issuer, and every other check still runs (revocation:
/// <see cref="RevocationAcrossInstancesTests"/>; expiry: <see cref="ExpiryTests"/>).
/// </summary>
public sealed class ValidatedTokensTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string ViewerQuery = "{ viewer { clientId } }";
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_token_is_checked_once_then_reused_until_it_expires()
    {
        var checkedTokens = factory.Services.GetRequiredService<ValidatedTokens>();
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        var before = checkedTokens.Count;

        (await client.PostGraphQLAsync(ViewerQuery, token: token)).EnsureNoErrors();
        Assert.Equal(before + 1, checkedTokens.Count);
        var viewer = (await client.PostGraphQLAsync(ViewerQuery, token: token)).EnsureNoErrors().Data!["viewer"]!;

        Assert.Equal(Tokens.Isp, viewer["clientId"]!.GetValue<string>());
        Assert.Equal(before + 1, checkedTokens.Count);
    }

    [Fact]
    public async Task A_checked_token_with_another_signature_is_refused()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        (await client.PostGraphQLAsync(ViewerQuery, token: token)).EnsureNoErrors();

        // The same header and claims, the signature of another token of the same client.
        var other = await Tokens.GetAsync(client, Tokens.Isp);
        var forged = token[..token.LastIndexOf('.')] + other[other.LastIndexOf('.')..];

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostGraphQLAsync(ViewerQuery, token: forged)).Status);
        (await client.PostGraphQLAsync(ViewerQuery, token: token)).EnsureNoErrors();
    }

    [Fact]
    public async Task A_checked_token_is_still_refused_for_another_issuer()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        (await client.PostGraphQLAsync(ViewerQuery, token: token)).EnsureNoErrors();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"" + ViewerQuery + "\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Host = "elsewhere.example";

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendGraphQLAsync(request, token: token)).Status);
    }

    [Fact]
    public void A_kept_principal_is_copied_identity_by_identity_so_a_request_adding_claims_changes_only_its_own()
    {
        var kept = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "isp-demo")], "Bearer"));

        var copy = ValidatedTokens.Copy(kept);
        copy.Identities.Single().AddClaim(new Claim("oi_tkn_typ", "access_token"));

        Assert.NotSame(kept.Identities.Single(), copy.Identities.Single());
        Assert.Single(kept.Claims);
        Assert.Equal(["sub", "oi_tkn_typ"], copy.Claims.Select(c => c.Type));
    }

    [Fact]
    public async Task Many_requests_at_once_with_one_token_all_answer()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);
        (await client.PostGraphQLAsync(ViewerQuery, token: token)).EnsureNoErrors();

        var answers = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => client.PostGraphQLAsync(ViewerQuery, token: token)));

        Assert.All(answers, answer => Assert.Equal(Tokens.Isp, answer.EnsureNoErrors().Data!["viewer"]!["clientId"]!.GetValue<string>()));
    }
}
