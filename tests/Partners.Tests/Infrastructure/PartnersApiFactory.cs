using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Data.Infrastructure;

namespace Partners.Tests.Infrastructure;

/// <summary>
/// The real host over a fresh SQLite file, migrated and (in Development) seeded with the demo network, exactly as
/// <c>dotnet run</c> starts it. Test-only GraphQL fields of this assembly are added to the schema.
/// </summary>
public class PartnersApiFactory : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"partners-tests-{Guid.NewGuid():N}.db");

    /// <summary>The test database, for code that reaches it outside the host (the tools' commands).</summary>
    public string ConnectionString => $"Data Source={databasePath};Pooling=False";

    protected virtual string Environment => "Development";

    /// <summary>Extra configuration for a test class: key → value.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Partners", ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
        // The test server's own address, where the Commission's dashboard client may be redirected.
        builder.UseSetting("Identity:DashboardOrigins:0", "http://localhost");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddFeatureParts(typeof(PartnersApiFactory).Assembly);
            // A test tool: it keeps every statement's text, so only test hosts have it.
            services.AddSqlCommandCounter();
            // Production's SQL Server retries transient failures, and EF then refuses any transaction opened outside its
            // execution strategy: every test host behaves the same on SQLite, so such code fails here, not in Production.
            services.ConfigureDbContext<Partners.Data.PartnersDbContext>(options =>
                options.UseSqlite(sqlite => sqlite.ExecutionStrategy(dependencies => new RetryingTestStrategy(dependencies))), ServiceLifetime.Singleton);
        });
    }

    /// <summary>
    /// Stops the host. A background writer may still be finishing while the service provider goes away, which raised
    /// an intermittent ObjectDisposedException at the end of a test class (a class-cleanup failure that fails the run
    /// although every test passed); the test is over by then, so it is not an outcome of the test.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        catch (ObjectDisposedException)
        {
            // See the summary: shutdown raced the provider's disposal after the tests of the class ended.
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A temporary file left behind is harmless.
            }
        }
    }
}

/// <summary>
/// The host as Production runs it: introspection and suggestions off, no demo data, token keys from certificate
/// files (made here, self-signed, as an operator would provide real ones).
/// </summary>
public sealed class ProductionApiFactory : PartnersApiFactory
{
    private static readonly Lazy<string> Certificate = new(CreateCertificate);

    /// <summary>The token keys' certificate, for the tools run against this host's database.</summary>
    public static string CertificatePath => Certificate.Value;

    protected override string Environment => "Production";

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Identity:SigningCertificatePath", Certificate.Value),
        new("Identity:EncryptionCertificatePath", Certificate.Value),
        new("Identity:RequireHttps", "false"),
    ];

    private static string CreateCertificate()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
            "CN=Partners test", rsa, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new System.Security.Cryptography.X509Certificates.X509KeyUsageExtension(
            System.Security.Cryptography.X509Certificates.X509KeyUsageFlags.DigitalSignature | System.Security.Cryptography.X509Certificates.X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var path = Path.Combine(Path.GetTempPath(), $"partners-test-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pkcs12));
        return path;
    }
}
