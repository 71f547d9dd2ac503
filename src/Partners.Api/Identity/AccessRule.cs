using Partners.Domain.Common;
using Partners.Domain.Organisations;

namespace Partners.Api.Identity;

/// <summary>
/// What a field needs: every listed scope, one of the listed organisation kinds (if any), one of the listed staff
/// roles (if any; only checked for callers that are people of the Office).
/// </summary>
public sealed record AccessRule(
    IReadOnlyList<string> Scopes,
    IReadOnlyList<OrganisationKind>? Kinds = null,
    IReadOnlyList<string>? Roles = null)
{
    public const string MetadataKey = "partners:access";

    public static AccessRule Scope(params string[] scopes) => new(scopes);

    public AccessRule ForKinds(params OrganisationKind[] kinds) => this with { Kinds = kinds };

    public AccessRule ForRoles(params string[] roles) => this with { Roles = roles };

    /// <summary>Null when the caller passes; otherwise the message key and argument of the refusal.</summary>
    public (string Code, string MessageKey, string? Argument)? Check(Caller? caller)
    {
        if (caller is null)
        {
            return (ErrorCodes.NotAuthenticated, "not_authenticated", null);
        }

        foreach (var scope in Scopes)
        {
            if (!caller.HasScope(scope))
            {
                return (ErrorCodes.Forbidden, "forbidden_scope", scope);
            }
        }

        if (Kinds is { Count: > 0 } && !Kinds.Contains(caller.OrganisationKind))
        {
            return (ErrorCodes.Forbidden, "forbidden_kind", null);
        }

        if (Roles is { Count: > 0 } && caller.UserId is not null && !Roles.Any(caller.Roles.Contains))
        {
            return (ErrorCodes.Forbidden, "forbidden_role", null);
        }

        return null;
    }
}
