using System.Linq.Expressions;
using Partners.Api.Identity;
using Partners.Domain.Contracts;
using Partners.Domain.Organisations;

namespace Partners.Api.Contracts;

/// <summary>
/// A cooperation contract (art. 11) is read by its two parties, the Office and the operator, and by the Commission
/// des opérateurs, which mediates under it (art. 16 §2 4°). Other operators do not learn it exists.
/// </summary>
public static class ContractVisibility
{
    public static Expression<Func<CooperationContract, bool>> For(Caller caller)
    {
        var me = caller.OrganisationId;
        return caller.OrganisationKind == OrganisationKind.Commission
            ? _ => true
            : c => c.OfficeOrganisationId == me || c.OperatorOrganisationId == me;
    }
}
