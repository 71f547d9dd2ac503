using System.Linq.Expressions;
using Partners.Api.Identity;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

/// <summary>
/// Which offers a caller reads (art. 14 2°: the operator makes its offer visible to the network):
/// every partner reads PUBLISHED offers; the owning operator reads its own in every status; the Office, which steers
/// the network and refers to offers, also reads suspended and archived ones, but never another's draft. An offer the
/// caller may not read is not found and not counted, never "forbidden".
/// </summary>
public static class OfferVisibility
{
    public static Expression<Func<Offer, bool>> For(Caller caller)
    {
        var me = caller.OrganisationId;
        return caller.IsOffice
            ? o => o.Status != OfferStatus.Draft || o.OperatorOrganisationId == me
            : o => o.Status == OfferStatus.Published || o.OperatorOrganisationId == me;
    }
}
