namespace Partners.Domain.Offers;

/// <summary>The kind of service an offer of services (offre de prestations, decree Art. 11 5° a) provides.</summary>
public enum ServiceType
{
    /// <summary>Orientation (orientation professionnelle).</summary>
    Orientation,

    /// <summary>Vocational training (formation qualifiante).</summary>
    Training,

    /// <summary>Individual or group coaching (coaching).</summary>
    Coaching,

    /// <summary>Active job-search support (accompagnement à la recherche d'emploi).</summary>
    JobSearchSupport,

    /// <summary>Work placement or work experience (stage, expérience professionnelle).</summary>
    WorkExperience,

    /// <summary>Socio-professional guidance (accompagnement socioprofessionnel).</summary>
    Guidance,

    /// <summary>Recognition of acquired skills (validation des compétences).</summary>
    SkillsValidation,

    /// <summary>Basic skills: literacy, numeracy, French as a foreign language (alphabétisation, FLE).</summary>
    BasicSkills,

    /// <summary>Anything else; the objectives tell.</summary>
    Other,
}
