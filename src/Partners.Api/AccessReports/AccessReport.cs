using Partners.Domain.Boundaries;
using Partners.Domain.Organisations;

namespace Partners.Api.AccessReports;

/// <summary>
/// A person's access report (GDPR art. 15): who read what of her data, when, for what purpose and on what basis; her
/// consents, active and past; the data the platform holds per category. Built by <see cref="AccessReportBuilder"/>.
/// </summary>
public sealed record AccessReport(
    long JobSeekerId,
    string Niss,
    string FirstName,
    string LastName,
    DateTime GeneratedAt,
    DateOnly Today,
    IReadOnlyList<AccessReportLine> Lines,
    IReadOnlyList<Consent> Consents,
    IReadOnlyList<AccessReportHolding> Holdings,
    IReadOnlyDictionary<long, Organisation> Organisations)
{
    public string OrganisationName(long id) => Organisations.TryGetValue(id, out var organisation) ? organisation.Name : $"#{id}";
}

/// <summary>What one organisation read of one category, for one purpose on one basis: first and last read, and how many times.</summary>
public sealed record AccessReportLine(
    long OrganisationId,
    DataCategory Category,
    LegalBasis Basis,
    long? BasisReference,
    long? ReferralId,
    string? Purpose,
    DateTime FirstReadAt,
    DateTime LastReadAt,
    int Count);

/// <summary>
/// The data held in one category: the message keys of the fields that hold a value, or null when the category's
/// secret is not the reader's (the report then names the holder to ask, and says nothing of the content).
/// </summary>
public sealed record AccessReportHolding(DataCategory Category, IReadOnlyList<string>? Fields);
