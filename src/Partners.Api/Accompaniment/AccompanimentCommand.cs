using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Api.JobSeekers;
using Partners.Data;
using Partners.Domain.JobSeekers;

namespace Partners.Api.Accompaniment;

/// <summary>
/// The shape of the Office's moves on a person's accompaniment: find the person (the Office reaches everyone; an
/// unknown id is NOT_FOUND), run the move under an <c>Idempotency-Key</c> if one is sent, answer the person.
/// </summary>
public static class AccompanimentCommand
{
    public static Task<Payload<JobSeeker>> RunAsync(
        IResolveFieldContext context, string jobSeekerId, Func<PartnersDbContext, JobSeeker, Task<Payload<JobSeeker>>> move) =>
        Idempotency.RunAsync(context, async () =>
        {
            var db = context.Service<PartnersDbContext>();
            var key = GlobalId.KeyOf(jobSeekerId, JobSeekerNode.TypeName);
            var jobSeeker = key is null ? null : await db.JobSeekers.FirstOrDefaultAsync(j => j.Id == key, context.CancellationToken);
            if (jobSeeker is null)
            {
                return InputErrors.NotFound<JobSeeker>(context, "jobSeekerId");
            }

            var payload = await move(db, jobSeeker);
            if (payload.Value is null)
            {
                db.ChangeTracker.Clear();
            }

            return payload;
        }, j => j.Id, id => ReloadAsync(context, id));

    public static async Task<JobSeeker?> ReloadAsync(IResolveFieldContext context, long id) =>
        await context.Service<PartnersDbContext>().JobSeekers.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, context.CancellationToken);
}
