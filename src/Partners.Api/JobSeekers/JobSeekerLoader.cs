using GraphQL;
using GraphQL.DataLoader;
using Partners.Api.GraphQL.DataLoading;
using Partners.Domain.JobSeekers;

namespace Partners.Api.JobSeekers;

public static class JobSeekerLoader
{
    /// <summary>Job seekers by id, batched. Whoever reaches one through a visible referral sees the object; its categories guard themselves.</summary>
    public static IDataLoaderResult<JobSeeker?> LoadJobSeeker(this IResolveFieldContext context, long id) => context.LoadById<JobSeeker>(id);
}
