using System.Globalization;
using Partners.Api.Boundaries;
using Partners.Api.Localization;
using Partners.Domain.Boundaries;

namespace Partners.Api.AccessReports;

/// <summary>The report's words for a person, in French or English: shared by the GraphQL fields and the PDF.</summary>
public sealed class AccessReportText(Messages messages, Language language)
{
    /// <summary>The purpose recorded in the access log when a report is read.</summary>
    public const string ReadingPurpose = "Droit d'accès de la personne (RGPD, art. 15)";

    private static readonly TimeZoneInfo Brussels = FindBrussels();

    public Language Language => language;

    public string Get(string key, params object?[] args) => messages.Get(key, language, args);

    public string Category(DataCategory category) => Get("report_category_" + category.ToString().ToLowerInvariant());

    public string Purpose(AccessReportLine line) => AccessPurposeText.Purpose(messages, language, line.Basis, line.ReferralId, line.Purpose);

    public string Basis(AccessReportLine line) => AccessPurposeText.Basis(messages, language, line.Basis, line.BasisReference);

    public string Holder(DataCategory category) => Get("report_holder_" + category.ToString().ToLowerInvariant());

    public string ConsentStatus(Consent consent, DateOnly today) =>
        consent.WithdrawnAt is not null ? Get("report_consent_withdrawn", Day(consent.WithdrawnAt.Value))
        : consent.IsActiveOn(today) ? Get("report_consent_active")
        : Get("report_consent_expired", Day(consent.ExpiresOn!.Value));

    /// <summary>A day as a person in Wallonia reads it: dd/MM/yyyy, in Brussels time.</summary>
    public static string Day(DateTime utc) => Day(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Brussels)));

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindBrussels()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
