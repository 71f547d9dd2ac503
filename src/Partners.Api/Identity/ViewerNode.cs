using GraphQL.Types;
using Partners.Api.Organisations;
using Partners.Domain.Organisations;

namespace Partners.Api.Identity;

/// <summary>Who the caller is, as the platform understands its token.</summary>
public sealed record Viewer(Organisation Organisation, Caller Caller);

public sealed class ViewerNode : ObjectGraphType<Viewer>
{
    public ViewerNode()
    {
        Name = "Viewer";
        Description = "The caller: its organisation (from the token, never from an argument), OAuth client and granted scopes.";
        Field<NonNullGraphType<OrganisationNode>>("organisation").Description("The organisation the client belongs to.")
            .Resolve(context => context.Source.Organisation);
        Field<NonNullGraphType<StringGraphType>>("clientId").Description("The OAuth client id.")
            .Resolve(context => context.Source.Caller.ClientId);
        Field<StringGraphType>("userId").Description("The person signed in, for Office staff tokens; null for machine clients.")
            .Resolve(context => context.Source.Caller.UserId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes").Description("The scopes granted to this token, sorted.")
            .Resolve(context => context.Source.Caller.Scopes.Order(StringComparer.Ordinal));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Description("The staff roles of an Office person (counsellor, social service, complaints service, data protection officer).")
            .Resolve(context => context.Source.Caller.Roles.Order(StringComparer.Ordinal));
    }
}
