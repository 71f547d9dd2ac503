using Partners.Api.Localization;

namespace Partners.Api.GraphQL.WebSockets;

/// <summary>The messages of the subscription transport that reach people (in <c>error</c> payloads).</summary>
internal sealed class WebSocketMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        ["subscription_overflow"] = ("Abonnement interrompu : plus de {0} événements en attente d'envoi. Réabonnez-vous.", "Subscription dropped: more than {0} events waiting to be sent. Subscribe again."),
        ["too_many_subscriptions"] = ("Trop d'abonnements sur cette connexion ({0} au maximum).", "Too many subscriptions on this connection (at most {0})."),
    };
}
