using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.Identity;

namespace Partners.Tests.Identity;

/// <summary>Test only: fields guarded by a staff role and by a scope, until production fields need them.</summary>
public sealed class GuardedTestFields : IQueryFields
{
    public void AddTo(QueryType query)
    {
        query.Field<StringGraphType>("testCounsellorOnly")
            .Description("Test only: answers to Office counsellors.")
            .Authorize(AccessRule.Scope().ForRoles(StaffRoles.Counsellor))
            .Resolve(_ => "ok");
        query.Field<StringGraphType>("testCommissionOnly")
            .Description("Test only: answers to holders of the commission scope.")
            .RequireScope(Scopes.Commission)
            .Resolve(_ => "ok");
    }
}
