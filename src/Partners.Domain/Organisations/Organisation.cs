namespace Partners.Domain.Organisations;

/// <summary>A member of the partner network: the Office, a CPAS, an operator, a reconversion unit or the Commission.</summary>
public sealed class Organisation
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required OrganisationKind Kind { get; set; }

    /// <summary>BCE/KBO number, 10 digits, checked by its mod-97 rule.</summary>
    public string? EnterpriseNumber { get; set; }

    /// <summary>The directorate the organisation belongs to, if it has a local seat.</summary>
    public Region? Region { get; set; }
}
