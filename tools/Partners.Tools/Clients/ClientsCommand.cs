using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Organisations;

namespace Partners.Tools.Clients;

/// <summary>
/// <c>clients register|list|rotate|disable</c>: the OAuth clients of the platform, through the same
/// <see cref="ClientRegistry"/> as the host. A generated secret is printed once; OpenIddict stores only its hash.
/// </summary>
public sealed class ClientsCommand(TextWriter output, TextWriter error)
{
    public const string Usage = """
          clients register --client-id <id> --organisation <id or name> [--scopes "a b c"] [--social-service]
                               register a client; the scopes default to all its organisation's kind allows;
                               --social-service registers an Office client as the Office's social service
                               (reads HEALTH by rule); prints the generated secret once
          clients list         client id, organisation, kind, scopes, enabled or disabled
          clients rotate --client-id <id>
                               a new secret (printed once); the old secret stops at once, tokens
                               already issued run until they expire
          clients disable --client-id <id>
                               no new token, and the client's tokens stop at once
        """;

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var options = ClientOptions.Parse(args.Skip(1).ToList());
        var verb = args.FirstOrDefault();
        if (verb is not ("register" or "list" or "rotate" or "disable") || (verb != "list" && options.ClientId is null))
        {
            return Fail("Usage:\n" + Usage);
        }

        await using var app = PartnersHost.Build(ToolHost.Arguments(options.HostArguments));
        await using var scope = app.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<ClientRegistry>();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        return verb switch
        {
            "register" => await RegisterAsync(registry, db, options, cancellationToken),
            "list" => await ListAsync(registry, db, cancellationToken),
            "rotate" => await RotateAsync(registry, options.ClientId!, cancellationToken),
            _ => await registry.DisableAsync(options.ClientId!, cancellationToken)
                ? Done($"{options.ClientId} is disabled; its tokens are refused from now on.")
                : Fail($"No client {options.ClientId}."),
        };
    }

    private async Task<int> RegisterAsync(ClientRegistry registry, PartnersDbContext db, ClientOptions options, CancellationToken cancellationToken)
    {
        var organisation = await FindOrganisationAsync(db, options.Organisation, cancellationToken);
        if (organisation is null)
        {
            return Fail($"No organisation '{options.Organisation}' (give its id or its exact name).");
        }

        var allowed = Scopes.AllowedFor(organisation.Kind);
        var requested = options.Scopes?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        var refused = requested?.Where(s => !allowed.Contains(s)).ToList() ?? [];
        if (refused.Count > 0)
        {
            return Fail($"An organisation of kind {organisation.Kind} may not hold: {string.Join(' ', refused)}.");
        }

        if (options.SocialService && organisation.Kind != OrganisationKind.Office)
        {
            return Fail($"Only an Office client can be the social service ({organisation.Name} is {organisation.Kind}).");
        }

        if ((await registry.ListAsync(cancellationToken)).Any(c => c.ClientId == options.ClientId))
        {
            return Fail($"{options.ClientId} is already registered (rotate its secret instead).");
        }

        var secret = NewSecret();
        await registry.RegisterAsync(options.ClientId!, secret, $"{organisation.Name} ({options.ClientId})", organisation, requested, cancellationToken, options.SocialService);
        var scopes = await registry.PermittedScopesAsync(options.ClientId!, cancellationToken);
        output.WriteLine($"Registered {options.ClientId} for {organisation.Name} ({organisation.Kind}{(options.SocialService ? ", social service" : "")}): {string.Join(' ', scopes.Order(StringComparer.Ordinal))}");
        return PrintSecret(secret);
    }

    private async Task<int> ListAsync(ClientRegistry registry, PartnersDbContext db, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        foreach (var client in await registry.ListAsync(cancellationToken))
        {
            var organisation = client.OrganisationId is { } id ? organisations.GetValueOrDefault(id) : null;
            output.WriteLine(string.Join('\t',
                client.ClientId,
                organisation?.Name ?? "(none)",
                organisation?.Kind.ToString() ?? "-",
                string.Join(' ', client.Scopes),
                client.Enabled ? "enabled" : "disabled",
                client.SocialService ? "social-service" : "-"));
        }

        return 0;
    }

    private async Task<int> RotateAsync(ClientRegistry registry, string clientId, CancellationToken cancellationToken)
    {
        var secret = NewSecret();
        return await registry.RotateSecretAsync(clientId, secret, cancellationToken)
            ? PrintSecret(secret)
            : Fail($"No client {clientId}.");
    }

    private static async Task<Organisation?> FindOrganisationAsync(PartnersDbContext db, string? nameOrId, CancellationToken cancellationToken) =>
        long.TryParse(nameOrId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
            : await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Name == nameOrId, cancellationToken);

    /// <summary>256 random bits, URL-safe: shown once, then only OpenIddict's hash of it exists.</summary>
    internal static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private int PrintSecret(string secret)
    {
        WriteSecret(output, secret);
        return 0;
    }

    internal static void WriteSecret(TextWriter output, string secret)
    {
        output.WriteLine("client_secret: " + secret);
        output.WriteLine("Store it now: it is not kept in clear and cannot be shown again.");
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
