using Partners.Domain.Organisations;

namespace Partners.Domain.Offers;

/// <summary>
/// An offer of services (offre de prestations, decree Art. 11 5° a and b, Art. 14 2°–3°), published by an operator
/// under an active cooperation contract, or by the Office for its own services (prestations internes, Art. 8), which
/// need no contract: the Office cannot contract with itself (Art. 2 3°, 11). The rules that change it are in
/// <c>Offer.Rules.cs</c>.
/// </summary>
public sealed partial class Offer
{
    public long Id { get; set; }

    public required long OperatorOrganisationId { get; set; }

    /// <summary>The cooperation contract (Art. 11) the offer is published under; null for the Office's own services (Art. 8).</summary>
    public required long? ContractId { get; set; }

    /// <summary>An internal service of the Office (prestation interne, Art. 8): the Office runs it, under no contract.</summary>
    public bool IsOfficeService => ContractId is null;

    public required string Title { get; set; }

    public required ServiceType ServiceType { get; set; }

    public required string Objectives { get; set; }

    public string ExpectedResults { get; set; } = "";

    /// <summary>Deliverables (livrables), e.g. a certificate or an evaluation report.</summary>
    public string Deliverables { get; set; } = "";

    public required string Address { get; set; }

    public required string PostalCode { get; set; }

    public required string Municipality { get; set; }

    /// <summary>The regional directorate (Direction régionale) of the place of service.</summary>
    public required Region Region { get; set; }

    /// <summary>Duration in words, e.g. "12 weeks, 4 half-days a week".</summary>
    public string DurationDescription { get; set; } = "";

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public List<OfferSession> Sessions { get; init; } = [];

    /// <summary>Information sessions (séances d'information, Art. 10 3°).</summary>
    public List<InformationSession> InformationSessions { get; init; } = [];

    /// <summary>Target groups (publics cibles) the offer is restricted to; empty means open to all.</summary>
    public List<TargetGroup> TargetGroups { get; init; } = [];

    public int Capacity { get; set; }

    public int SeatsTaken { get; set; }

    public int SeatsLeft => Math.Max(0, Capacity - SeatsTaken);

    /// <summary>Intake modalities (modalités d'accueil, Art. 14 3°).</summary>
    public string IntakeModalities { get; set; } = "";

    /// <summary>How candidates are prioritised when seats are short (règle de priorisation).</summary>
    public string PrioritisationRule { get; set; } = "";

    /// <summary>How referrals are made (modalités d'adressage, Art. 13 5°).</summary>
    public string ReferralModalities { get; set; } = "";

    public OfferStatus Status { get; set; } = OfferStatus.Draft;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, incremented on every change.</summary>
    public int Version { get; set; }
}
