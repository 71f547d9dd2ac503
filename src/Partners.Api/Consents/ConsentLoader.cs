using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Boundaries;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Boundaries;
using Partners.Domain.JobSeekers;

namespace Partners.Api.Consents;

public static class ConsentLoader
{
    /// <summary>
    /// A person's consents: all of them for the holders who record them (the Office, the person's own CPAS), otherwise
    /// only those naming the caller. Newest first.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<Consent>?> LoadConsents(this IResolveFieldContext<JobSeeker> context)
    {
        var caller = context.Caller();
        var seesAll = SeesAll(caller, context.Source);
        return context.GroupLoader<long, Consent>(seesAll ? "consents-all" : "consents-mine", async (services, ids, cancellationToken) =>
            (await services.GetRequiredService<PartnersDbContext>().Consents.AsNoTracking()
                .Where(c => ids.Contains(c.JobSeekerId) && (seesAll || c.RecipientOrganisationId == caller.OrganisationId))
                .OrderByDescending(c => c.GrantedAt).ThenByDescending(c => c.Id)
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.JobSeekerId))
        .Load(context.Source.Id);
    }

    /// <summary>Whether the caller sees <paramref name="consent"/> of <paramref name="jobSeeker"/>.</summary>
    public static bool Sees(Caller caller, JobSeeker jobSeeker, Consent consent) =>
        SeesAll(caller, jobSeeker) || consent.RecipientOrganisationId == caller.OrganisationId;

    private static bool SeesAll(Caller caller, JobSeeker jobSeeker) => BoundaryRule.SecretsHeldBy(caller, jobSeeker).Count > 0;
}
