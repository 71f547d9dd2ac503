using System.Security.Claims;
using Partners.Api.GraphQL.WebSockets;

namespace Partners.Tests.Subscriptions;

/// <summary>The expiry of a connection's token, as JWT bearer or OpenIddict leaves it on the principal.</summary>
public sealed class TokenExpiryTests
{
    [Fact]
    public void The_exp_claim_is_read_as_Unix_seconds()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("exp", "1795000000")], "Test"));

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795000000), TokenExpiry.Read(principal));
    }

    [Fact]
    public void OpenIddicts_expiration_date_is_read_too()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("oi_exp_dt", "Sun, 22 Nov 2026 17:00:00 GMT")], "Test"));

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.Zero), TokenExpiry.Read(principal));
    }

    [Fact]
    public void No_expiry_claim_means_no_scheduled_close()
    {
        Assert.Null(TokenExpiry.Read(new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
