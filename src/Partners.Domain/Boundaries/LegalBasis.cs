namespace Partners.Domain.Boundaries;

/// <summary>Why a read of a job seeker's data was lawful, as the access log records it.</summary>
public enum LegalBasis
{
    /// <summary>The Office's own mission of accompaniment (décret du 12 janvier 2012, art. 4 and 13).</summary>
    OfficeMission,

    /// <summary>The operator's cooperation contract (art. 11) under which the person was referred to it.</summary>
    CooperationContract,

    /// <summary>The person's own CPAS, holder of the social file (loi organique des CPAS, art. 36).</summary>
    OwnCpas,

    /// <summary>The person's consent naming the reader and the category (autorisation d'échange d'informations).</summary>
    Consent,
}
