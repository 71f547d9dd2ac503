using Partners.Api.Localization;
using Partners.Domain.Rectification;

namespace Partners.Api.Rectification;

internal sealed class RectificationMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        [RectificationMessageKeys.BirthDateNotPast] = ("La date de naissance doit être passée.", "The birth date must be in the past."),
    };
}
