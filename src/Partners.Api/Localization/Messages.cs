using System.Collections.Frozen;
using System.Globalization;

namespace Partners.Api.Localization;

/// <summary>
/// The catalogue of messages to people, by key, in French and English. Features add their keys in their own
/// <see cref="IMessageCatalogue"/>; the keys here are the platform's own.
/// </summary>
public sealed class Messages
{
    private readonly FrozenDictionary<string, (string French, string English)> entries;

    public Messages(IEnumerable<IMessageCatalogue> catalogues)
    {
        var all = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var catalogue in catalogues)
        {
            foreach (var (key, value) in catalogue.Entries)
            {
                if (!all.TryAdd(key, value))
                {
                    throw new InvalidOperationException($"Message key '{key}' is defined twice.");
                }
            }
        }

        entries = all.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public bool Contains(string key) => entries.ContainsKey(key);

    public string Get(string key, Language language, params object?[] args)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            // A missing key is a programming error; never show the key's absence to a person as a crash.
            return key;
        }

        var template = language == Language.English ? entry.English : entry.French;
        var culture = language == Language.English ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("fr-BE");
        return args.Length == 0 ? template : string.Format(culture, template, [.. args.Select(a => a is Enum state ? Label(state, language) : a)]);
    }

    /// <summary>The key of a state's words in the catalogue (<see cref="StateLabels"/>).</summary>
    public static string EnumKey(Enum value) => $"state.{value.GetType().Name}.{value}";

    /// <summary>A state in words, or as the API spells it (<c>IN_PROGRESS</c>): never the code's identifier.</summary>
    private string Label(Enum state, Language language) =>
        entries.TryGetValue(EnumKey(state), out var label)
            ? (language == Language.English ? label.English : label.French)
            : ApiName(state.ToString());

    private static string ApiName(string name)
    {
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }
}

/// <summary>A feature's messages: key → (French, English).</summary>
public interface IMessageCatalogue
{
    IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; }
}

internal sealed class PlatformMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        ["not_found"] = ("Objet introuvable.", "Not found."),
        ["forbidden"] = ("Vous n'avez pas accès à cette donnée.", "You may not access this data."),
        ["forbidden_scope"] = ("Accès refusé : le jeton ne porte pas la portée « {0} ».", "Access denied: the token does not carry the scope '{0}'."),
        ["forbidden_kind"] = ("Accès refusé : votre organisation ne peut pas effectuer cette opération.", "Access denied: your organisation may not perform this operation."),
        ["forbidden_role"] = ("Accès refusé : votre rôle ne permet pas cette opération.", "Access denied: your role does not allow this operation."),
        ["consent_required"] = ("Un consentement actif de la personne est requis pour accéder à cette donnée.", "An active consent of the person is required to access this data."),
        ["not_authenticated"] = ("Authentification requise : présentez un jeton d'accès (Authorization: Bearer).", "Authentication required: present an access token (Authorization: Bearer)."),
        ["internal_error"] = ("Une erreur interne est survenue. Réessayez plus tard ou contactez le support avec l'identifiant de la requête.", "An internal error occurred. Try again later or contact support with the request id."),
        ["timeout"] = ("La requête a dépassé le temps d'exécution autorisé.", "The request exceeded the allowed execution time."),
        ["too_complex_cost"] = ("La requête est trop coûteuse : {0} pour {1} au maximum (chaque champ compte autant de fois qu'il s'exécute, fragments compris).", "The query is too costly: {0} against at most {1} (each field counts as many times as it executes, fragments included)."),
        ["too_deep"] = ("La requête est trop profonde ({0} niveaux au maximum).", "The query is too deep (at most {0} levels)."),
        ["too_many_aliases"] = ("La requête contient trop d'alias ({0} au maximum).", "The query has too many aliases (at most {0})."),
        ["too_many_fields"] = ("La requête contient trop de champs ({0} au maximum).", "The query has too many fields (at most {0})."),
        ["body_too_large"] = ("Le corps de la requête dépasse la taille autorisée ({0} octets).", "The request body exceeds the allowed size ({0} bytes)."),
        ["query_too_long"] = ("Le document GraphQL dépasse la longueur autorisée ({0} caractères).", "The GraphQL document exceeds the allowed length ({0} characters)."),
        ["invalid_json"] = ("Le corps de la requête n'est pas un JSON valide.", "The request body is not valid JSON."),
        ["invalid_request"] = ("Requête GraphQL invalide : {0}", "Invalid GraphQL request: {0}"),
        ["missing_query"] = ("Le paramètre « query » (ou « documentId ») est requis.", "The 'query' (or 'documentId') parameter is required."),
        ["batch_not_supported"] = ("Une seule opération par requête est acceptée.", "Only one operation per request is accepted."),
        ["unsupported_media_type"] = ("Type de contenu non pris en charge : utilisez application/json.", "Unsupported content type: use application/json."),
        ["not_acceptable"] = ("Aucun type de réponse acceptable : utilisez application/graphql-response+json ou application/json.", "No acceptable response type: use application/graphql-response+json or application/json."),
        ["method_not_allowed"] = ("Méthode HTTP non autorisée pour /graphql.", "HTTP method not allowed for /graphql."),
        ["subscription_over_http"] = ("Un abonnement (subscription) ne passe pas par HTTP : ouvrez un WebSocket sur /graphql (sous-protocole graphql-transport-ws).", "A subscription does not run over HTTP: open a WebSocket on /graphql (sub-protocol graphql-transport-ws)."),
        ["sdl_not_available"] = ("Le schéma (SDL) n'est publié que là où l'introspection est active.", "The schema (SDL) is published only where introspection is on."),
        ["mutation_over_get"] = ("Une mutation ne peut pas être envoyée par GET : utilisez POST.", "A mutation cannot be sent over GET: use POST."),
        ["persisted_document_not_found"] = ("Document persisté introuvable : envoyez son texte avec son empreinte (Apollo) ou enregistrez-le (documents register).", "Persisted document not found: send its text with its hash (Apollo) or register it (documents register)."),
        ["persisted_document_required"] = ("Seuls les documents enregistrés sont acceptés ici : envoyez l'identifiant du document (documentId « sha256:… » ou extensions.persistedQuery).", "Only registered documents run here: send the document's id (documentId \"sha256:…\" or extensions.persistedQuery)."),
        ["persisted_document_invalid"] = ("Identifiant de document invalide : « sha256: » suivi de 64 caractères hexadécimaux, sans le texte du document.", "Invalid document id: \"sha256:\" followed by 64 hexadecimal characters, without the document's text."),
        ["persisted_query_invalid"] = ("extensions.persistedQuery invalide : { \"version\": 1, \"sha256Hash\": 64 caractères hexadécimaux }, sans documentId.", "Invalid extensions.persistedQuery: { \"version\": 1, \"sha256Hash\": 64 hexadecimal characters }, without documentId."),
        ["persisted_query_hash_mismatch"] = ("Le texte du document ne correspond pas à son empreinte sha256Hash.", "The document's text does not match its sha256Hash."),
        ["first_out_of_range"] = ("« first » doit être compris entre 0 et {0}.", "'first' must be between 0 and {0}."),
        ["last_out_of_range"] = ("« last » doit être compris entre 0 et {0}.", "'last' must be between 0 and {0}."),
        ["first_and_last"] = ("Donnez « first » ou « last », pas les deux.", "Give 'first' or 'last', not both."),
        ["invalid_cursor"] = ("Curseur de pagination invalide.", "Invalid pagination cursor."),
        ["invalid_id"] = ("Identifiant invalide.", "Invalid identifier."),
        ["rate_limited"] = ("Trop de requêtes : réessayez après {0} secondes.", "Too many requests: try again after {0} seconds."),
        ["required"] = ("Ce champ est obligatoire.", "This field is required."),
        ["too_long"] = ("Ce champ dépasse {0} caractères.", "This field exceeds {0} characters."),
        ["invalid_niss"] = ("Numéro national (NISS) invalide.", "Invalid national number (NISS)."),
        ["invalid_enterprise_number"] = ("Numéro d'entreprise (BCE) invalide.", "Invalid enterprise number (BCE/KBO)."),
        ["concurrency_conflict"] = ("L'objet a été modifié entre-temps ; rechargez-le et réessayez.", "The object was changed meanwhile; reload it and try again."),
    };
}
