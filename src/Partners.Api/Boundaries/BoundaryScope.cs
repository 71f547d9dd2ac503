using System.Linq.Expressions;
using Partners.Data;

namespace Partners.Api.Boundaries;

/// <summary>
/// What a boundary statement takes from the request (<see cref="BoundaryRule.ScopeOf"/>): the request's context, the
/// caller's organisation, the retention window's cutoff and today. The statements are built once, as lambdas taking a
/// scope (<see cref="BoundaryRule.FactsOf"/>), and bound to the request's scope by <see cref="Bind{T, TResult}"/>: the
/// scope's values become the SQL's parameters and the tree's shape stays the same from one request to the next, so
/// neither this code nor EF's query cache rebuilds it.
/// </summary>
public sealed class BoundaryScope(PartnersDbContext db, long organisation, DateTime cutoff, DateOnly today)
{
    public PartnersDbContext Db { get; } = db;

    public long Organisation { get; } = organisation;

    public DateTime Cutoff { get; } = cutoff;

    public DateOnly Today { get; } = today;

    /// <summary><paramref name="statement"/> with its scope parameter replaced by <paramref name="scope"/>.</summary>
    public static Expression<Func<T, TResult>> Bind<T, TResult>(Expression<Func<T, BoundaryScope, TResult>> statement, BoundaryScope scope) =>
        Expression.Lambda<Func<T, TResult>>(new Replace(statement.Parameters[1], Expression.Constant(scope)).Visit(statement.Body), statement.Parameters[0]);

    private sealed class Replace(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : node;
    }
}
