using GraphQL.Builders;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.JobSeekers;
using Partners.Domain.JobSeekers;

namespace Partners.Api.Accompaniment;

/// <summary>
/// The shape of the Office's moves on a person's accompaniment, run by <see cref="MutationPipeline"/>: find the person
/// (the Office reaches everyone; an unknown id is NOT_FOUND), run the move, answer the person.
/// </summary>
public static class AccompanimentCommand
{
    public static FieldBuilder<object?, object> RunsOnPerson<TInput>(
        this FieldBuilder<object?, object> field, Func<TInput, string> jobSeekerId, Func<MutationScope<TInput>, JobSeeker, Task<Change<JobSeeker>>> move) =>
        field.Runs<TInput, JobSeeker>(async scope =>
        {
            var jobSeeker = await scope.FindAsync(scope.Db.JobSeekers, jobSeekerId(scope.Input), JobSeekerNode.TypeName);
            return jobSeeker is null ? Change<JobSeeker>.NotFound("input.jobSeekerId") : await move(scope, jobSeeker);
        });
}
