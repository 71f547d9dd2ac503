using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Data;
using Partners.Domain.Boundaries;
using Partners.Domain.JobSeekers;

namespace Partners.Api.Consents;

public static class ConsentLoader
{
    /// <summary>
    /// A person's consents: all of them for the Office and the person's own CPAS (who record them), otherwise only
    /// those naming the caller. Newest first.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<Consent>?> LoadConsents(this IResolveFieldContext<JobSeeker> context)
    {
        var caller = context.Caller();
        var seesAll = caller.IsOffice || context.Source.Social.CpasOrganisationId == caller.OrganisationId;
        return context.GroupLoader<long, Consent>(seesAll ? "consents-all" : "consents-mine", async (services, ids, cancellationToken) =>
            (await services.GetRequiredService<PartnersDbContext>().Consents.AsNoTracking()
                .Where(c => ids.Contains(c.JobSeekerId) && (seesAll || c.RecipientOrganisationId == caller.OrganisationId))
                .OrderByDescending(c => c.GrantedAt).ThenByDescending(c => c.Id)
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.JobSeekerId))
        .Load(context.Source.Id);
    }
}
