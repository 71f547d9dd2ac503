using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;

namespace Partners.Api.Identity;

/// <summary>
/// Declares what a field needs. The check runs before the resolver: a field the caller may not read is null with a
/// <c>FORBIDDEN</c> error at its path (the rest of the answer stands); a mutation is refused before it touches the
/// database.
/// </summary>
public static class AuthorizationFieldExtensions
{
    public static FieldBuilder<TSource, TReturn> Authorize<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> builder, AccessRule rule)
    {
        Authorize(builder.FieldType, rule);
        return builder;
    }

    /// <summary>Any authenticated caller, whatever its scopes.</summary>
    public static FieldBuilder<TSource, TReturn> AuthorizeAuthenticated<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> builder) => builder.Authorize(AccessRule.Scope());

    public static FieldBuilder<TSource, TReturn> RequireScope<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> builder, params string[] scopes) => builder.Authorize(AccessRule.Scope(scopes));

    public static void Authorize(FieldType field, AccessRule rule)
    {
        field.Metadata[AccessRule.MetadataKey] = rule;
        field.ApplyMiddleware(next => context =>
        {
            var refusal = rule.Check(context.Partners().Caller);
            if (refusal is { } r)
            {
                throw PartnersError.Execution(context, r.Code, r.MessageKey, r.Argument);
            }

            return next(context);
        });
    }

    public static AccessRule? AccessRuleOf(this IFieldType field) =>
        field.GetMetadata<AccessRule?>(AccessRule.MetadataKey);
}
