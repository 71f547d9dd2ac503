using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.Referrals;
using Partners.Data;
using Partners.Domain.Accompaniment;
using Partners.Domain.JobSeekers;

namespace Partners.Api.Accompaniment;

public sealed class CounsellorDesignationType : ObjectGraphType<CounsellorDesignation>
{
    public CounsellorDesignationType()
    {
        Name = "CounsellorDesignation";
        Description = "A designation of the person's referent counsellor (conseiller référent, art. 13 2°): the staff member, from when, until when.";
        this.Member(d => d.CounsellorUserId).Description("The staff member: the object id (oid) of their Office account.");
        this.Member(d => d.CounsellorName).Description("The staff member's name.");
        this.Member(d => d.DesignatedAt).Description("When the designation took effect.");
        this.Member(d => d.EndedAt, nullable: true).Description("When the next designation replaced it; null while current.");
    }
}

public sealed class AccompanimentEvaluationType : ObjectGraphType<JobSeekerPathway>
{
    public AccompanimentEvaluationType()
    {
        Name = "AccompanimentEvaluation";
        Description = "The Office's evaluation of the objectives at closing (évaluation, art. 13 9°).";
        Field<NonNullGraphType<ObjectiveAttainmentType>>("attainment").Description("How far the objectives of the action plan were reached.")
            .Resolve(c => c.Source.ClosingAttainment);
        Field<NonNullGraphType<StringGraphType>>("summary").Description("The evaluation in words.").Resolve(c => c.Source.ClosingEvaluation ?? "");
    }
}

public static class AccompanimentLoaders
{
    /// <summary>The designations of each person of a page, oldest first, in one statement.</summary>
    public static IDataLoaderResult<IReadOnlyList<CounsellorDesignation>?> LoadCounsellorDesignations(this IResolveFieldContext context, long jobSeekerId) =>
        context.GroupLoader<long, CounsellorDesignation>("counsellor-designations", async (services, ids, cancellationToken) =>
            (await services.GetRequiredService<PartnersDbContext>().CounsellorDesignations.AsNoTracking()
                .Where(d => ids.Contains(d.JobSeekerId))
                .OrderBy(d => d.DesignatedAt).ThenBy(d => d.Id)
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.JobSeekerId))
        .Load(jobSeekerId);
}
