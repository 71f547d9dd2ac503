using System.Net;
using System.Text.Json.Nodes;
using Partners.Api.Identity;
using Partners.Api.Seed;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Identity;

/// <summary>Office staff through Entra ID: tokens signed with the test tenant's local key.</summary>
public sealed class StaffTokenTests(EntraApiFactory factory) : IClassFixture<EntraApiFactory>
{
    private const string ViewerQuery = "{ viewer { clientId userId scopes roles organisation { name kind } } }";
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_staff_token_maps_to_the_Office_with_its_roles_and_the_scopes_of_those_roles()
    {
        var token = EntraTokens.Create([StaffRoles.Counsellor, StaffRoles.ComplaintsService]);

        var viewer = (await client.PostGraphQLAsync(ViewerQuery, token: token)).EnsureNoErrors().Data!["viewer"]!;

        Assert.Equal(DemoOrganisations.Office, viewer["organisation"]!["name"]!.GetValue<string>());
        Assert.Equal("OFFICE", viewer["organisation"]!["kind"]!.GetValue<string>());
        Assert.Equal(EntraTokens.FrontEndClientId, viewer["clientId"]!.GetValue<string>());
        Assert.Equal(EntraTokens.PersonId, viewer["userId"]!.GetValue<string>());
        Assert.Equal("ComplaintsService Counsellor", Joined(viewer["roles"]));
        Assert.Equal(
            "complaints:read complaints:write consents:write disputes:read disputes:write jobseeker:identity jobseeker:pathway offers:read offers:write referrals:read referrals:write",
            Joined(viewer["scopes"]));
    }

    [Theory]
    [InlineData(StaffRoles.SocialService, "consents:write jobseeker:health jobseeker:identity jobseeker:pathway jobseeker:social offers:read referrals:read")]
    [InlineData(StaffRoles.DataProtectionOfficer, "audit:read jobseeker:identity")]
    [InlineData(StaffRoles.Counsellor, "consents:write jobseeker:identity jobseeker:pathway offers:read offers:write referrals:read referrals:write")]
    public async Task Only_the_social_service_reads_health_and_only_the_DPO_reads_the_audit_log(string role, string scopes)
    {
        var viewer = (await client.PostGraphQLAsync(ViewerQuery, token: EntraTokens.Create([role]))).EnsureNoErrors().Data!["viewer"]!;

        Assert.Equal(scopes, Joined(viewer["scopes"]));
    }

    [Fact]
    public async Task A_staff_token_gets_no_more_than_its_delegated_scopes_and_never_commission()
    {
        var token = EntraTokens.Create([StaffRoles.Counsellor], scopes: "offers:read commission referrals:write");

        var viewer = (await client.PostGraphQLAsync(ViewerQuery, token: token)).EnsureNoErrors().Data!["viewer"]!;

        Assert.Equal("offers:read referrals:write", Joined(viewer["scopes"]));
    }

    [Fact]
    public async Task A_staff_token_without_a_role_holds_no_scope_and_cannot_use_a_role_guarded_field()
    {
        var token = EntraTokens.Create([]);

        var response = await client.PostGraphQLAsync("{ testCounsellorOnly viewer { scopes roles } }", token: token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Data!["testCounsellorOnly"]);
        Assert.Equal("FORBIDDEN", response.ErrorCodes.Single());
        Assert.Equal("testCounsellorOnly", response.Errors[0]!["path"]![0]!.GetValue<string>());
        Assert.Empty(response.Data["viewer"]!["scopes"]!.AsArray());
        Assert.Empty(response.Data["viewer"]!["roles"]!.AsArray());
    }

    [Fact]
    public async Task A_counsellor_uses_the_role_guarded_field()
    {
        var response = await client.PostGraphQLAsync("{ testCounsellorOnly }", token: EntraTokens.Create([StaffRoles.Counsellor]));

        Assert.Equal("ok", response.EnsureNoErrors().Data!["testCounsellorOnly"]!.GetValue<string>());
    }

    public static TheoryData<string, string> RefusedTokens => new()
    {
        { "another audience", EntraTokens.Create([StaffRoles.Counsellor], audience: "api://someone-else") },
        { "another Entra tenant", EntraTokens.Create([StaffRoles.Counsellor], tenantId: EntraTokens.OtherTenantId) },
        { "an issuer that is not Entra", EntraTokens.Create([StaffRoles.Counsellor], issuer: "https://login.example.org/" + EntraTokens.TenantId + "/v2.0") },
        { "expired", EntraTokens.Create([StaffRoles.Counsellor], expires: DateTime.UtcNow.AddMinutes(-10)) },
        { "a forged signature", EntraTokens.Create([StaffRoles.Counsellor], key: EntraTokens.ForgedKey) },
        { "no delegated scope (an app-only token)", EntraTokens.Create([StaffRoles.Counsellor], scopes: null) },
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_staff_token_that_does_not_hold_is_refused_with_401(string why, string token)
    {
        var response = await client.PostGraphQLAsync(ViewerQuery, token: token);

        Assert.True(response.Status == HttpStatusCode.Unauthorized, why);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", response.ErrorCodes.Single());
    }

    [Fact]
    public async Task OpenIddict_tokens_still_work_beside_Entra()
    {
        var token = await Tokens.GetAsync(client, Tokens.Isp);

        var viewer = (await client.PostGraphQLAsync(ViewerQuery, token: token)).EnsureNoErrors().Data!["viewer"]!;

        Assert.Equal(Tokens.Isp, viewer["clientId"]!.GetValue<string>());
        Assert.Null(viewer["userId"]);
    }

    private static string Joined(JsonNode? list) => string.Join(' ', list!.AsArray().Select(s => s!.GetValue<string>()));
}
