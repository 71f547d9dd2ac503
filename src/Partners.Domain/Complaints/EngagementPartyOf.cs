using Partners.Domain.Organisations;

namespace Partners.Domain.Complaints;

/// <summary>Which party of the decree an organisation kind is, when a complaint names it as respondent.</summary>
public static class EngagementPartyOf
{
    /// <summary>
    /// The Office answers for Art. 13; a CPAS, an ISP operator and a reconversion unit are operators (Art. 14).
    /// The Commission has no engagement towards job seekers: null.
    /// </summary>
    public static EngagementParty? Kind(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Office => EngagementParty.Office,
        OrganisationKind.Cpas or OrganisationKind.IspOperator or OrganisationKind.ReconversionUnit => EngagementParty.Operator,
        _ => null,
    };
}
