using Partners.Domain.Organisations;

namespace Partners.Domain.Common;

/// <summary>
/// Who acts: the organisation (and its kind) and the client taken from the access token, and the person if a
/// person signed in. Never built from a query argument (domain.md, "The clients").
/// </summary>
public sealed record NetworkActor(long OrganisationId, OrganisationKind Kind, string ClientId, string? UserId = null)
{
    /// <summary>The Commission des opérateurs (decree Art. 16).</summary>
    public bool IsCommission => Kind == OrganisationKind.Commission;
}
