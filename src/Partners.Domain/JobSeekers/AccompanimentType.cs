namespace Partners.Domain.JobSeekers;

/// <summary>The type of individualised accompaniment (accompagnement individualisé, decree Art. 4 and Art. 8).</summary>
public enum AccompanimentType
{
    /// <summary>Digital accompaniment (accompagnement digital).</summary>
    Digital,

    /// <summary>Digital accompaniment with a human counsellor (e-conseil, digital-RH).</summary>
    DigitalHr,

    /// <summary>Sectoral accompaniment (accompagnement sectoriel).</summary>
    Sectoral,

    /// <summary>Socio-professional accompaniment (accompagnement socioprofessionnel).</summary>
    SocioProfessional,
}
