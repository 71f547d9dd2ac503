using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Boundaries;
using Partners.Domain.JobSeekers;

namespace Partners.Api.AccessReports;

/// <summary>
/// Reads what the report says, in four statements whatever the size of the log: the person, the log grouped by
/// organisation, category, purpose and basis (counted by the database), the consents, the organisations named.
/// </summary>
public static class AccessReportBuilder
{
    public static async Task<AccessReport> BuildAsync(
        PartnersDbContext db, JobSeeker person, Func<DataCategory, bool> discloses, DateTime now, DateOnly today, CancellationToken ct)
    {
        var id = person.Id;
        var groups = await db.AccessLog.AsNoTracking().Where(e => e.JobSeekerId == id)
            .GroupBy(e => new { e.OrganisationId, e.Category, e.Basis, e.BasisReference, e.ReferralId, e.Purpose })
            .Select(g => new { g.Key, First = g.Min(e => e.At), Last = g.Max(e => e.At), Count = g.Count() })
            .ToListAsync(ct);
        var lines = groups
            .Select(g => new AccessReportLine(g.Key.OrganisationId, g.Key.Category, g.Key.Basis, g.Key.BasisReference, g.Key.ReferralId, g.Key.Purpose, g.First, g.Last, g.Count))
            .ToList();
        var consents = await db.Consents.AsNoTracking().Where(c => c.JobSeekerId == id).OrderByDescending(c => c.GrantedAt).ThenByDescending(c => c.Id).ToListAsync(ct);
        var organisationIds = lines.Select(l => l.OrganisationId)
            .Concat(consents.SelectMany(c => new[] { c.RecipientOrganisationId, c.RecordedByOrganisationId }))
            .Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var ordered = lines
            .OrderBy(l => organisations.TryGetValue(l.OrganisationId, out var o) ? o.Name : "", StringComparer.Ordinal)
            .ThenBy(l => l.Category).ThenBy(l => l.FirstReadAt).ToList();

        return new AccessReport(
            id, person.Niss, person.Identity.FirstName, person.Identity.LastName, now, today, ordered, consents,
            [.. Enum.GetValues<DataCategory>().Select(c => new AccessReportHolding(c, discloses(c) ? FieldsHeld(person, c) : null))],
            organisations);
    }

    /// <summary>The fields of <paramref name="category"/> that hold a value, as message keys.</summary>
    public static IReadOnlyList<string> FieldsHeld(JobSeeker person, DataCategory category)
    {
        var fields = new List<string>();
        void Add(bool held, string key)
        {
            if (held)
            {
                fields.Add("report_field_" + key);
            }
        }

        switch (category)
        {
            case DataCategory.Identity:
                var identity = person.Identity;
                Add(person.Niss.Length > 0, "niss");
                Add(identity.FirstName.Length > 0 || identity.LastName.Length > 0, "names");
                Add(true, "birth_date");
                Add(identity.Email is not null, "email");
                Add(identity.Phone is not null, "phone");
                Add(identity.Street is not null || identity.PostalCode is not null || identity.Municipality is not null, "address");
                break;
            case DataCategory.Pathway:
                var pathway = person.Pathway;
                Add(pathway.RegisteredOn is not null, "registration");
                Add(pathway.AccompanimentType is not null, "accompaniment_type");
                Add(pathway.ReferentCounsellorName is not null, "referent_counsellor");
                Add(pathway.TargetGroupCodes.Count > 0, "target_groups");
                Add(pathway.ProfessionalObjectives.Count > 0, "professional_objectives");
                break;
            case DataCategory.Social:
                var social = person.Social;
                Add(social.CpasOrganisationId is not null, "own_cpas");
                Add(social.FollowedByCpas, "cpas_follow_up");
                Add(social.ReceivesIntegrationIncome, "integration_income");
                Add(social.ReceivesSocialAid, "social_aid");
                Add(social.EmployedUnderArticle60, "article_60");
                break;
            default:
                var health = person.Health;
                Add(health.SpecificPathwayStartsOn is not null, "specific_pathway");
                Add(health.NonMobilisableFrom is not null, "non_mobilisable");
                Add(health.IcfSummary is not null, "icf_summary");
                break;
        }

        return fields;
    }
}
