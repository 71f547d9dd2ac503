namespace Partners.Tests.Infrastructure;

/// <summary>The host with the per-client rate limit lifted, for tests that send many requests from one client (load, generated bad input).</summary>
public sealed class UnlimitedApiFactory : PartnersApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("RateLimiting:PermitLimit", "1000000")];
}
