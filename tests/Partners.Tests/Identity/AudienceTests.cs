using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Identity;

/// <summary>
/// The real server, which for one client (<see cref="Client"/>) issues its access tokens to another API: a token
/// signed and encrypted with the server's own keys, with a database entry, wrong only in its audience.
/// </summary>
public sealed class ForeignAudienceFactory : PartnersApiFactory
{
    public const string Client = Tokens.CpasLiege;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddOpenIddict().AddServer(server =>
            server.AddEventHandler<OpenIddictServerEvents.ProcessSignInContext>(handler => handler
                .UseInlineHandler(context =>
                {
                    if (context.Request.ClientId == Client)
                    {
                        context.AccessTokenPrincipal?.SetAudiences("another-api");
                    }

                    return default;
                })
                .SetOrder(OpenIddictServerHandlers.PrepareAccessTokenPrincipal.Descriptor.Order + 1))));
    }
}

public sealed class AudienceTests(ForeignAudienceFactory factory) : IClassFixture<ForeignAudienceFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_token_our_server_issued_for_another_audience_is_refused_with_401()
    {
        var foreign = await Tokens.GetAsync(client, ForeignAudienceFactory.Client);
        var ours = await Tokens.GetAsync(client, Tokens.Isp);

        var refused = await client.PostGraphQLAsync("{ viewer { clientId } }", token: foreign);
        var accepted = await client.PostGraphQLAsync("{ viewer { clientId } }", token: ours);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", refused.ErrorCodes.Single());
        accepted.EnsureNoErrors();
    }
}
