using Partners.Api;
using Partners.Api.Seed;

// The host is built in PartnersHost so that the tools build the very same one.
var app = PartnersHost.Build(args);
// The schema and the EF model start building now, beside the host's start, rather than at the warm-up's turn among the
// hosted services (60–130 ms later): the first request awaits the schema (CONTRIBUTING, "Measuring the hot paths").
app.Services.GetRequiredService<StartupWarmup>().Start();
await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
