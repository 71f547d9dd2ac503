using Partners.Api.GraphQL;
using Partners.Data;

namespace Partners.Api.Seed;

/// <summary>
/// Starts the one-time work of a first request as soon as the host is built (the entry point) or starts (a host
/// started otherwise, the tests'), in the background, beside the host's own start, the database
/// check (<see cref="DatabaseInitialiser"/>) and Kestrel's start: the GraphQL schema (every graph type resolved and
/// initialised) and the EF Core model (compiled: <see cref="CompiledModels"/>). A request that comes first waits for the
/// same work (GraphQL.NET and EF Core build each once, under a lock), so its answer is the same; it just finds the work
/// under way. The background work that can wait starts after the first answer (<see cref="FirstAnswer"/>). A failure is
/// left to the first request, which meets it again (GraphQL.NET keeps the schema's initialisation error, EF Core builds
/// the model again) and answers as it always did.
/// </summary>
internal sealed class StartupWarmup(IServiceProvider services) : IHostedService
{
    private readonly Lock starting = new();
    private Task? warming;

    /// <summary>Done (successfully or not) once the schema and the model are built; completed if the work never started.</summary>
    public Task Completion => warming ?? Task.CompletedTask;

    /// <summary>
    /// Starts the work once: the entry point calls it as soon as the host is built (Program.cs), so the schema's build
    /// overlaps the host's start (its hosted services, Kestrel's); a host started otherwise (the tests') starts it here.
    /// </summary>
    public void Start()
    {
        lock (starting)
        {
            warming ??= Task.WhenAll(
                Task.Run(() => Quietly(() => services.GetRequiredService<PartnersSchema>().Initialize()), CancellationToken.None),
                Task.Run(() => Quietly(() =>
                {
                    using var scope = services.CreateScope();
                    _ = scope.ServiceProvider.GetRequiredService<PartnersDbContext>().Model;
                }), CancellationToken.None));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void Quietly(Action build)
    {
        try
        {
            build();
        }
#pragma warning disable CA1031 // The first request meets the same failure and reports it.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
