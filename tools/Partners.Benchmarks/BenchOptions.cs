using System.Globalization;

namespace Partners.Benchmarks;

/// <summary>
/// Command line: <c>--subscribers 100,500,1000,2000 --events 20 --document "subscription { … }" --topic referral
/// --subject 1 --organisations 2 --client isp-demo</c> (<c>--subject new</c>: a fresh referral, see <see cref="BenchReferral"/>). Every option has a default that runs on this branch; the
/// organisations default to the subscribing client's own.
/// </summary>
public sealed record BenchOptions(
    int[] Subscribers,
    int Events,
    string Document,
    string Topic,
    long Subject,
    long[] Organisations,
    string ClientId,
    string Secret,
    bool NewReferral)
{
    public static BenchOptions Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var index = Array.IndexOf(args, "--" + name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }

        var client = Get("client", "isp-demo");
        return new BenchOptions(
            [.. Get("subscribers", "100,500,1000,2000").Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))],
            int.Parse(Get("events", "20"), CultureInfo.InvariantCulture),
            Get("document", BenchEventsSubscription.Document),
            Get("topic", BenchEventsSubscription.Topic),
            Get("subject", "1") == "new" ? 0 : long.Parse(Get("subject", "1"), CultureInfo.InvariantCulture),
            [.. Get("organisations", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => long.Parse(n, CultureInfo.InvariantCulture))],
            client,
            Get("secret", client + "-secret"),
            Get("subject", "1") == "new");
    }
}
