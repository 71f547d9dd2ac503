using Partners.Api.Localization;

namespace Partners.Api.Organisations;

internal sealed class OrganisationMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        ["enterprise_number_registered"] = ("Une organisation porte déjà ce numéro d'entreprise.", "An organisation already holds this enterprise number."),
    };
}
