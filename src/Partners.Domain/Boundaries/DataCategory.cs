namespace Partners.Domain.Boundaries;

/// <summary>The four categories of a job seeker's data (domain.md, "The boundaries"), each behind its scope and rule.</summary>
public enum DataCategory
{
    /// <summary>NISS, names, birth date, contact, address.</summary>
    Identity,

    /// <summary>Registration, accompaniment type, referent counsellor, target groups, professional objectives.</summary>
    Pathway,

    /// <summary>CPAS follow-up, integration income, social aid, article 60 §7 (secret professionnel partagé).</summary>
    Social,

    /// <summary>Specific pathway, non-mobilisable status, ICF summary (GDPR Art. 9).</summary>
    Health,
}
