using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Organisations;
using Partners.Tools.Clients;

namespace Partners.Tools;

/// <summary>
/// <c>bootstrap</c>: on an empty, migrated database (Production has no demo data), creates the Office, the
/// Commission des opérateurs and a first administrative client of the Office, with every scope the Office's kind
/// allows, and prints its secret once. Everything else (other members, their clients) then goes through the API
/// (<c>registerOrganisation</c>) and <c>clients register</c>. Run again, it changes nothing and says why.
/// </summary>
public sealed class BootstrapCommand(TextWriter output, TextWriter error)
{
    public const string Usage = """
          bootstrap --client-id <id> [--office-name <name>] [--office-enterprise-number <BCE>]
                    [--commission-name <name>]
                               on an empty production database: the Office (default "Le Forem",
                               0236363165), the Commission des opérateurs and a first Office client
                               with all the Office's scopes; prints its secret once
        """;

    private static readonly string[] Names = ["--client-id", "--office-name", "--office-enterprise-number", "--commission-name"];

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var (values, host) = ToolHost.Split(args, Names);
        if (values.GetValueOrDefault("--client-id") is not { Length: > 0 } clientId)
        {
            error.WriteLine("Usage:\n" + Usage);
            return 2;
        }

        var office = OrganisationRegistration.Register(
            values.GetValueOrDefault("--office-name") ?? "Le Forem", OrganisationKind.Office,
            values.GetValueOrDefault("--office-enterprise-number") ?? "0236363165", region: null);
        var commission = OrganisationRegistration.Register(
            values.GetValueOrDefault("--commission-name") ?? "Commission des opérateurs", OrganisationKind.Commission, null, region: null);
        if (!office.IsSuccess || !commission.IsSuccess)
        {
            error.WriteLine("The Office needs a name and a valid enterprise number (BCE, mod 97); the Commission a name.");
            return 1;
        }

        await using var app = PartnersHost.Build(ToolHost.Arguments(host));
        await using var scope = app.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<ClientRegistry>();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        if ((await registry.ListAsync(cancellationToken)).Count > 0)
        {
            error.WriteLine("This database already has clients: nothing was changed. Use `clients register` for more.");
            return 1;
        }

        var existing = await db.Organisations.Where(o => o.Kind == OrganisationKind.Office || o.Kind == OrganisationKind.Commission)
            .ToListAsync(cancellationToken);
        var theOffice = existing.FirstOrDefault(o => o.Kind == OrganisationKind.Office) ?? db.Organisations.Add(office.Value!).Entity;
        var theCommission = existing.FirstOrDefault(o => o.Kind == OrganisationKind.Commission) ?? db.Organisations.Add(commission.Value!).Entity;
        await db.SaveChangesAsync(cancellationToken);

        var secret = ClientsCommand.NewSecret();
        await registry.RegisterAsync(clientId, secret, $"{theOffice.Name} ({clientId})", theOffice, scopes: null, cancellationToken);
        var scopes = await registry.PermittedScopesAsync(clientId, cancellationToken);
        output.WriteLine($"Office: {theOffice.Name}; Commission: {theCommission.Name}.");
        output.WriteLine($"Registered {clientId} for {theOffice.Name} (Office): {string.Join(' ', scopes.Order(StringComparer.Ordinal))}");
        ClientsCommand.WriteSecret(output, secret);
        return 0;
    }
}
