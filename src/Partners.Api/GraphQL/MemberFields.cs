using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Partners.Api.GraphQL;

/// <summary>
/// A field of an object type that reads a member of its source: <c>this.Member(c => c.Text)</c>, declared as GraphQL.NET's
/// <c>this.Member(c => c.Text)</c> declares it (the same name, graph type, nullability, description and metadata: GraphQL.NET
/// declares it, on a throw-away interface type, which gets no resolver), with the member's compiled expression
/// resolver made at the field's first resolution instead of when the schema is built. GraphQL.NET compiles one
/// expression per such field (128 of them) when the type is constructed: 0.1 s of every start's schema build
/// (CONTRIBUTING, "Measuring the hot paths"). Object types declare member fields this way (<c>MemberFieldsTests</c>).
/// </summary>
public static class MemberFields
{
    public static FieldBuilder<TSource, TProperty> Member<TSource, TProperty>(
        this ObjectGraphType<TSource> type, Expression<Func<TSource, TProperty>> member, bool? nullable = null) =>
        type.Member(name: null, member, nullable);

    public static FieldBuilder<TSource, TProperty> Member<TSource, TProperty>(
        this ObjectGraphType<TSource> type, string? name, Expression<Func<TSource, TProperty>> member, bool? nullable = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        var declaration = new InterfaceGraphType<TSource>();
        var builder = (name, nullable) switch
        {
            (null, null) => declaration.Field(member),
            (null, { } value) => declaration.Field(member, value),
            ({ } given, null) => declaration.Field(given, member),
            ({ } given, { } value) => declaration.Field(given, member, value),
        };
        builder.Resolve(new LazyExpressionResolver<TSource, TProperty>(member));
        type.AddField(builder.FieldType);
        return builder;
    }

    /// <summary>GraphQL.NET's <see cref="ExpressionFieldResolver{TSourceType, TProperty}"/>, made at its first call.</summary>
    internal sealed class LazyExpressionResolver<TSource, TProperty>(Expression<Func<TSource, TProperty>> member)
        : IFieldResolver, IRequiresResolveFieldContextAccessor
    {
        private IFieldResolver? compiled;

        /// <summary>As GraphQL.NET's: the context accessor unless the expression reads a property or field.</summary>
        public bool RequiresResolveFieldContextAccessor { get; } = member.Body is not MemberExpression { Member: PropertyInfo or FieldInfo };

        public ValueTask<object?> ResolveAsync(IResolveFieldContext context) =>
            (compiled ??= new ExpressionFieldResolver<TSource, TProperty>(member)).ResolveAsync(context);
    }
}
