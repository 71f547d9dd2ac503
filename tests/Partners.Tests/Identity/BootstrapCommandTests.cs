using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Data;
using Partners.Domain.Organisations;
using Partners.Tests.Infrastructure;
using Partners.Tools;

namespace Partners.Tests.Identity;

/// <summary>
/// <c>tools/Partners.Tools bootstrap</c> on an empty production database (migrated, no demo data): the Office, the
/// Commission and a first Office client that gets a token; a second run changes nothing.
/// </summary>
public sealed class BootstrapCommandTests(ProductionApiFactory factory) : IClassFixture<ProductionApiFactory>
{
    [Fact]
    public async Task Bootstrap_makes_the_Office_the_Commission_and_a_first_client_once()
    {
        var client = factory.CreateClient();
        Assert.Equal(0, await CountAsync(o => true));

        var (exit, output) = await RunAsync("--client-id", "forem-admin");

        Assert.True(exit == 0, output);
        var secret = output.Split('\n').Single(l => l.StartsWith("client_secret: ", StringComparison.Ordinal))["client_secret: ".Length..].Trim();
        var (status, body) = await Tokens.RequestAsync(client, "forem-admin", secret);
        Assert.Equal(HttpStatusCode.OK, status);
        var viewer = (await client.PostGraphQLAsync("{ viewer { clientId organisation { name kind } } }", token: body!["access_token"]!.GetValue<string>()))
            .EnsureNoErrors().Data!["viewer"]!;
        Assert.Equal("OFFICE", viewer["organisation"]!["kind"]!.GetValue<string>());
        Assert.Equal("Le Forem", viewer["organisation"]!["name"]!.GetValue<string>());
        Assert.Equal(1, await CountAsync(o => o.Kind == OrganisationKind.Commission));

        var (again, refusal) = await RunAsync("--client-id", "second-admin");
        Assert.Equal(1, again);
        Assert.Contains("already has clients", refusal, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(o => true));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Tokens.RequestAsync(client, "second-admin", "any")).Status);
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await Commands.RunAsync(
            ["bootstrap", .. args, "--environment", "Production", $"--ConnectionStrings:Partners={factory.ConnectionString}",
             $"--Identity:SigningCertificatePath={ProductionApiFactory.CertificatePath}", $"--Identity:EncryptionCertificatePath={ProductionApiFactory.CertificatePath}"],
            output, error);
        return (exit, output + error.ToString());
    }

    private async Task<int> CountAsync(System.Linq.Expressions.Expression<Func<Organisation, bool>> predicate)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PartnersDbContext>().Organisations.CountAsync(predicate);
    }
}
