using System.Linq.Expressions;
using Partners.Domain.Boundaries;

namespace Partners.Api.Boundaries;

/// <summary>"This consent opens that category", as an expression the database evaluates.</summary>
public static class ConsentPredicates
{
    public static Expression<Func<Consent, bool>> Covers(DataCategory category) => category switch
    {
        DataCategory.Identity => c => c.CoversIdentity,
        DataCategory.Pathway => c => c.CoversPathway,
        DataCategory.Social => c => c.CoversSocial,
        _ => c => c.CoversHealth,
    };
}
