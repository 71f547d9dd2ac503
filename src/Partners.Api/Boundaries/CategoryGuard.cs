using GraphQL;
using GraphQL.DataLoader;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.Identity;
using Partners.Domain.Boundaries;
using Partners.Domain.Common;
using Partners.Domain.JobSeekers;

namespace Partners.Api.Boundaries;

/// <summary>
/// Resolves one data category of a job seeker wherever the job seeker is reached (jobSeeker, a referral, node, a
/// list, a subscription): the scope and the one rule (<see cref="AccessPolicy"/>, <see cref="BoundaryRule"/>); a denied category is null with
/// FORBIDDEN or CONSENT_REQUIRED at its path and the rest of the answer stands; an allowed read of a logged
/// category goes to the request's <see cref="AccessLedger"/>.
/// </summary>
public static class CategoryGuard
{
    public static readonly IReadOnlyDictionary<DataCategory, string> ScopeOf = new Dictionary<DataCategory, string>
    {
        [DataCategory.Identity] = Scopes.JobSeekerIdentity,
        [DataCategory.Pathway] = Scopes.JobSeekerPathway,
        [DataCategory.Social] = Scopes.JobSeekerSocial,
        [DataCategory.Health] = Scopes.JobSeekerHealth,
    };

    public static IDataLoaderResult<object?> Resolve(IResolveFieldContext<JobSeeker> context, DataCategory category, Func<JobSeeker, object> read)
    {
        var jobSeeker = context.Source;
        var facts = context.LoadAccessFacts(jobSeeker.Id);
        return new Guarded(facts, f =>
        {
            var decision = AccessPolicy.Decide(category, context.Caller().HasScope(ScopeOf[category]), f);
            if (!decision.Allowed)
            {
                var key = decision.RefusalCode == ErrorCodes.ConsentRequired ? "consent_required" : "forbidden";
                throw PartnersError.Execution(context, decision.RefusalCode!, key);
            }

            var value = read(jobSeeker);
            if (value is not JobSeekerHealth { IsEmpty: true })
            {
                // Only data actually returned is logged: a person without health data was not "read" for HEALTH.
                context.Service<AccessLedger>().Record(jobSeeker.Id, category, decision);
            }

            return value;
        });
    }

    /// <summary>
    /// The person's target group codes the caller may see: a PATHWAY group always (its pathway is already open), a
    /// SOCIAL or HEALTH group only where the one rule opens that category, and then its read is logged as one.
    /// </summary>
    public static IDataLoaderResult<object?> TargetGroups(IResolveFieldContext context, JobSeeker jobSeeker) =>
        new Guarded(context.LoadAccessFacts(jobSeeker.Id), facts =>
        {
            var caller = context.Caller();
            var shown = new List<string>();
            // Under 25 and over 50 follow the birth date (domain.md, "People"), whatever label was stored.
            foreach (var code in jobSeeker.TargetGroupCodesOn(context.Service<IClock>().Today))
            {
                var category = Partners.Domain.Offers.TargetGroups.CategoryOf(code);
                if (category == DataCategory.Pathway)
                {
                    shown.Add(code);
                    continue;
                }

                var decision = AccessPolicy.Decide(category, caller.HasScope(ScopeOf[category]), facts);
                if (decision.Allowed)
                {
                    context.Service<AccessLedger>().Record(jobSeeker.Id, category, decision);
                    shown.Add(code);
                }
            }

            return shown;
        });

    private sealed class Guarded(IDataLoaderResult<AccessFacts> facts, Func<AccessFacts, object?> decide) : IDataLoaderResult<object?>
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            decide(await facts.GetResultAsync(cancellationToken));
    }
}
