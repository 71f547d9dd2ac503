using Partners.Tests.Infrastructure;

namespace Partners.Tests.Accompaniment;

/// <summary>One host for the accompaniment's tests: they run one after the other on it.</summary>
[CollectionDefinition(Name)]
public sealed class AccompanimentCollection : ICollectionFixture<AccompanimentApiFactory>
{
    public const string Name = "Accompaniment";
}

/// <summary>
/// The host with Office staff sign-in (Entra ID, test tenant) and live subscriptions (a poll so slow that only the
/// post-commit signal delivers): counsellors subscribe as the people they are.
/// </summary>
public sealed class AccompanimentApiFactory : EntraApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        .. base.Settings,
        new("Subscriptions:PollInterval", "00:10:00"),
        new("Subscriptions:ClientCheckInterval", "00:00:00"),
    ];
}
