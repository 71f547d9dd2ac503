using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api;
using Partners.Data;
using Partners.Data.PersistedDocuments;

namespace Partners.Tools.Documents;

/// <summary>
/// <c>documents register FILE…</c>: the trusted documents of the platform. Each file's text is stored under its
/// SHA-256 (the id clients send as <c>documentId: "sha256:…"</c> or Apollo's <c>persistedQuery.sha256Hash</c>); with
/// <c>GraphQL:OnlyPersistedDocuments</c> only these run. Registering the same text again changes nothing.
/// </summary>
public sealed class DocumentsCommand(TextWriter output, TextWriter error)
{
    public const string Usage = """
          documents register FILE…
                               store each file's GraphQL document as a trusted (persisted) document and print
                               its id, sha256:<hash of the file's exact UTF-8 text>
        """;

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var (files, hostArguments) = Split(args.Skip(1).ToList());
        if (args.FirstOrDefault() != "register" || files.Count == 0)
        {
            return Fail("Usage:\n" + Usage);
        }

        var missing = files.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            return Fail("No such file: " + string.Join(", ", missing));
        }

        await using var app = PartnersHost.Build(ToolHost.Arguments(hostArguments));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        foreach (var file in files)
        {
            var body = await File.ReadAllTextAsync(file, cancellationToken);
            var hash = PersistedDocument.HashOf(body);
            if (!await db.Set<PersistedDocument>().AnyAsync(d => d.Hash == hash, cancellationToken))
            {
                db.Add(new PersistedDocument { Hash = hash, Body = body, CreatedAt = DateTime.UtcNow });
                await db.SaveChangesAsync(cancellationToken);
            }

            output.WriteLine($"sha256:{hash}  {file}");
        }

        return 0;
    }

    /// <summary>Files, and the host's configuration (<c>--environment Development</c>, <c>--Key=value</c>), as for <c>migrate</c>.</summary>
    private static (List<string> Files, List<string> Host) Split(List<string> args)
    {
        var files = new List<string>();
        var host = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                files.Add(args[i]);
                continue;
            }

            host.Add(args[i]);
            if (!args[i].Contains('=', StringComparison.Ordinal) && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                host.Add(args[++i]);
            }
        }

        return (files, host);
    }

    private int Fail(string message)
    {
        error.WriteLine(message);
        return 1;
    }
}
