using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Partners.Tests.Infrastructure.Browser;

/// <summary>
/// The real host (Development, demo data) on Kestrel at a loopback port, for a real browser: an in-memory test
/// server is out of a browser's reach. Derive from it to change settings, as from <see cref="PartnersApiFactory"/>.
/// </summary>
public class KestrelApiFactory : PartnersApiFactory
{
    private readonly Lazy<Uri> address;

    public KestrelApiFactory()
    {
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        address = new(() =>
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First());
        });
    }

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:41234/</c>; starts it on first use.</summary>
    public Uri Address => address.Value;

    /// <summary>An HTTP client for the same listening host (the tokens a page will use come from it).</summary>
    public HttpClient CreateKestrelClient() => new() { BaseAddress = Address };
}
