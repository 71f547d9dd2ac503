using Partners.Api;

// The host is built in PartnersHost so that the tools build the very same one.
await PartnersHost.Build(args).RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
