using Partners.Domain.Common;
using Partners.Domain.Disputes;

namespace Partners.Api.Disputes;

/// <summary>
/// <see cref="Dispute.IsVisibleTo"/> for the database: the two parties and the Commission; anybody else neither
/// finds nor counts the dispute.
/// </summary>
public static class DisputeVisibility
{
    public static IQueryable<Dispute> VisibleTo(this IQueryable<Dispute> disputes, NetworkActor actor) =>
        actor.IsCommission
            ? disputes
            : disputes.Where(d => d.FilerOrganisationId == actor.OrganisationId || d.RespondentOrganisationId == actor.OrganisationId);
}
