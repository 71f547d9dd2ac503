using Partners.Api.GraphQL.Relay;
using GraphQL.Types;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Organisations;
using Partners.Domain.Organisations;

namespace Partners.Api.JobSeekers;

public sealed record JobSeekerFilter(
    string? Niss, Region? Region, IReadOnlyList<Region>? RegionIn, bool? ReceivesIntegrationIncome, bool? EmployedUnderArticle60,
    IReadOnlyList<JobSeekerFilter>? And, IReadOnlyList<JobSeekerFilter>? Or)
    : ICombinedFilter<JobSeekerFilter>;

public sealed class JobSeekerFilterType : FilterType<JobSeekerFilter, JobSeekerFilterType>
{
    public JobSeekerFilterType()
        : base("JobSeekerFilter", "Filters of the job seekers list. A filter on a category's field needs that category's scope and only matches people whose category the caller may read, so no filter reveals a hidden value.")
    {
        Field<StringGraphType>("niss").Description("The national number (NISS, IDENTITY): finds one person.").MaxLength(20);
        Field<RegionType>("region").Description("The directorate that follows the person.");
        Field<ListGraphType<NonNullGraphType<RegionType>>>("regionIn").Description("One of the directorates that follow the person.");
        Field<BooleanGraphType>("receivesIntegrationIncome").Description("SOCIAL: receives the integration income (revenu d'intégration).");
        Field<BooleanGraphType>("employedUnderArticle60").Description("SOCIAL: employed under article 60 §7.");
        Combinable();
    }
}
