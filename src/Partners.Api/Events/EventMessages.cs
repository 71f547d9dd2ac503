using Partners.Api.Localization;

namespace Partners.Api.Events;

internal sealed class EventMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        ["subscription_client_disabled"] = (
            "Abonnement interrompu : ce client OAuth a été désactivé.",
            "Subscription stopped: this OAuth client has been disabled."),
    };
}
