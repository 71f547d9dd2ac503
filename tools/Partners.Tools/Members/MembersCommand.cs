using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Partners.Api;
using Partners.Api.Commission;
using Partners.Api.Members;
using Partners.Data;

namespace Partners.Tools.Members;

/// <summary>
/// <c>members create|list|disable|dashboard</c>: the Commission's members (people who sign in to its dashboard),
/// through the same <see cref="MemberRegistry"/> as the host, and the dashboard's public OAuth client.
/// </summary>
public sealed class MembersCommand(TextWriter output, TextWriter error)
{
    public const string Usage = """
          members create --email <address> [--password <password>]
                               a Commission member; without --password one is generated and printed once
          members list         e-mail, active / locked-out / disabled, second factor on or off
          members disable --email <address>
                               the member can no longer sign in, and their tokens stop at once
          members dashboard --origin "<https://host[:port]> …"
                               register (or update) the public client commission-dashboard, redirected
                               only to /commission/ on these origins (space-separated)
        """;

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var (options, host) = ToolHost.Split([.. args.Skip(1)], ["--email", "--password", "--origin"]);
        var email = options.GetValueOrDefault("--email");
        var origins = options.GetValueOrDefault("--origin")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var verb = args.FirstOrDefault();
        if (verb is not ("create" or "list" or "disable" or "dashboard")
            || (verb is "create" or "disable" && email is null)
            || (verb is "dashboard" && origins.Length == 0))
        {
            return Fail("Usage:\n" + Usage);
        }

        await using var app = PartnersHost.Build(ToolHost.Arguments(host));
        await using var scope = app.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<MemberRegistry>();
        return verb switch
        {
            "create" => await CreateAsync(registry, email!, options.GetValueOrDefault("--password")),
            "list" => await ListAsync(registry, cancellationToken),
            "disable" => await registry.DisableAsync(email!, cancellationToken)
                ? Done($"{email} is disabled; their tokens are refused from now on.")
                : Fail($"No member {email}."),
            _ => await DashboardAsync(scope.ServiceProvider, origins, cancellationToken),
        };
    }

    private async Task<int> CreateAsync(MemberRegistry registry, string email, string? password)
    {
        var generated = password is null;
        password ??= Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));
        var result = await registry.CreateAsync(email, password);
        if (!result.Succeeded)
        {
            return Fail(string.Join(Environment.NewLine, result.Errors.Select(e => e.Description)));
        }

        output.WriteLine($"Created the member {email}.");
        if (generated)
        {
            output.WriteLine("password: " + password);
            output.WriteLine("Give it to the member now: it is not kept in clear and cannot be shown again.");
        }

        return 0;
    }

    private async Task<int> ListAsync(MemberRegistry registry, CancellationToken cancellationToken)
    {
        foreach (var member in await registry.ListAsync(DateTimeOffset.UtcNow, cancellationToken))
        {
            output.WriteLine(string.Join('\t', member.Email, member.State.ToString().ToLowerInvariant(), member.TwoFactorEnabled ? "2fa" : "password only"));
        }

        return 0;
    }

    private async Task<int> DashboardAsync(IServiceProvider services, IReadOnlyList<string> origins, CancellationToken cancellationToken)
    {
        var invalid = origins.Where(o => !Uri.TryCreate(o, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.AbsolutePath != "/").ToList();
        if (invalid.Count > 0)
        {
            return Fail("An origin is a scheme, host and port only (https://partners.example): " + string.Join(' ', invalid));
        }

        await DashboardClient.EnsureAsync(
            services.GetRequiredService<IOpenIddictApplicationManager>(), services.GetRequiredService<PartnersDbContext>(), origins, cancellationToken);
        return Done($"{DashboardClient.ClientId} is redirected to {string.Join(' ', origins.Select(o => new Uri(new Uri(o), DashboardPage.Path)))}");
    }

    private int Done(string message)
    {
        output.WriteLine(message);
        return 0;
    }

    private int Fail(string message)
    {
        error.WriteLine(message);
        return 1;
    }
}
