namespace Partners.Api.Localization;

/// <summary>The language of messages to people: French by default, English on <c>Accept-Language: en</c>.</summary>
public enum Language
{
    French,
    English,
}

public static class LanguageNegotiation
{
    /// <summary>Picks English only when the client prefers it over French; anything else answers in French.</summary>
    public static Language FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return Language.French;
        }

        var best = Language.French;
        var bestQuality = -1.0;
        foreach (var part in header.Split(','))
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            var tag = pieces[0].ToLowerInvariant();
            var quality = 1.0;
            foreach (var parameter in pieces.Skip(1))
            {
                if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(parameter.AsSpan(2), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q))
                {
                    quality = q;
                }
            }

            Language? language = tag.StartsWith("en", StringComparison.Ordinal) ? Language.English
                : tag.StartsWith("fr", StringComparison.Ordinal) ? Language.French
                : null;
            if (language is not null && quality > bestQuality)
            {
                best = language.Value;
                bestQuality = quality;
            }
        }

        return best;
    }
}
