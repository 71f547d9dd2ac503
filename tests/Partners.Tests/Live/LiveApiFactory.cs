using Partners.Tests.Infrastructure;

namespace Partners.Tests.Live;

/// <summary>
/// The real host with the real WebSocket authenticator (demo clients, real tokens), the client check on every event
/// and a poll so slow that only the post-commit signal can deliver within a second.
/// </summary>
public class LiveApiFactory : PartnersApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Subscriptions:PollInterval", "00:10:00"),
        new("Subscriptions:ClientCheckInterval", "00:00:00"),
        .. ExtraSettings,
    ];

    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [];
}
