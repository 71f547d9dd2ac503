using System.Linq.Expressions;
using Partners.Domain.Organisations;

namespace Partners.Api.Commission;

/// <summary>Applies a <see cref="DashboardScope"/> to any counted table: its directorate column and its creation instant.</summary>
internal static class ScopeFilters
{
    public static IQueryable<T> InRegion<T>(this IQueryable<T> rows, DashboardScope scope, Expression<Func<T, Region?>> region) =>
        scope.Region is { } wanted ? rows.Where(Compare(region, ExpressionType.Equal, (Region?)wanted)) : rows;

    public static IQueryable<T> InPeriod<T>(this IQueryable<T> rows, DashboardScope scope, Expression<Func<T, DateTime>> at)
    {
        if (scope.Start is { } start)
        {
            rows = rows.Where(Compare(at, ExpressionType.GreaterThanOrEqual, start));
        }

        return scope.End is { } end ? rows.Where(Compare(at, ExpressionType.LessThan, end)) : rows;
    }

    private static Expression<Func<T, bool>> Compare<T, TValue>(Expression<Func<T, TValue>> column, ExpressionType comparison, TValue value) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.MakeBinary(comparison, column.Body, Expression.Constant(value, typeof(TValue))), column.Parameters);
}
