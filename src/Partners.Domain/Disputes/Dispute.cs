using Partners.Domain.Common;
using Partners.Domain.Contracts;
using Partners.Domain.Organisations;

namespace Partners.Domain.Disputes;

/// <summary>
/// A dispute (différend) between the Office and one operator about their cooperation, mediated and, where the
/// contract provides it, arbitrated by the Commission des opérateurs (decree Art. 16 §2 4°). Visible to the two
/// parties and the Commission only. Filed through <see cref="DisputeFiling"/>; moves through
/// <see cref="DisputeStateMachine"/>.
/// </summary>
public sealed class Dispute
{
    public const int MaxSubjectLength = 200;

    public const int MaxTextLength = 4000;

    /// <summary>The most referrals one dispute may be about.</summary>
    public const int MaxReferrals = 20;

    private readonly List<DisputeHistoryEntry> history = [];

    private readonly List<DisputeReferral> referrals = [];

    internal Dispute(FileDispute command, DisputeContract contract, NetworkActor filer, DateTime now)
    {
        FilerOrganisationId = filer.OrganisationId;
        FiledByClientId = filer.ClientId;
        FiledByUserId = filer.UserId;
        RespondentOrganisationId = command.RespondentOrganisationId;
        ContractId = contract.ContractId;
        ClauseAtFiling = contract.Clause;
        Subject = command.Subject.Trim();
        Description = command.Description.Trim();
        Region = command.Region;
        InvitedRepresentatives = string.IsNullOrWhiteSpace(command.InvitedRepresentatives) ? null : command.InvitedRepresentatives.Trim();
        FiledAt = now;
        referrals.AddRange((command.ReferralIds ?? []).OfType<long>().Distinct().Select(id => new DisputeReferral(id)));
        if (contract.Clause == DisputeClause.None)
        {
            Status = DisputeStatus.Inadmissible;
            InadmissibleReason = DisputeInadmissibleReason.NoCommissionClause;
        }
        else
        {
            Status = DisputeStatus.Filed;
        }

        history.Add(new DisputeHistoryEntry(now, filer.OrganisationId, filer.ClientId, filer.UserId, null, Status, null));
    }

    private Dispute()
    {
        FiledByClientId = string.Empty;
        Subject = string.Empty;
        Description = string.Empty;
    }

    public long Id { get; private set; }

    public long FilerOrganisationId { get; private set; }

    public string FiledByClientId { get; private set; }

    public string? FiledByUserId { get; private set; }

    public long RespondentOrganisationId { get; private set; }

    /// <summary>The cooperation contract between the two parties.</summary>
    public long ContractId { get; private set; }

    /// <summary>The contract's dispute clause when the dispute was filed, kept for the record.</summary>
    public DisputeClause ClauseAtFiling { get; private set; }

    public string Subject { get; private set; }

    public string Description { get; private set; }

    /// <summary>The directorate of a sub-regional matter (Art. 16 §4), if any.</summary>
    public Region? Region { get; private set; }

    /// <summary>The sub-regional representatives invited to the Commission's meetings on it (Art. 16 §4).</summary>
    public string? InvitedRepresentatives { get; private set; }

    public DisputeStatus Status { get; private set; }

    public DisputeInadmissibleReason? InadmissibleReason { get; private set; }

    public DateTime FiledAt { get; private set; }

    public DateOnly? MediationStartedOn { get; private set; }

    public DateOnly? ArbitrationStartedOn { get; private set; }

    /// <summary>The agreement reached in mediation (accord de médiation).</summary>
    public DisputeOutcome? Settlement { get; private set; }

    /// <summary>The arbitration decision (sentence arbitrale).</summary>
    public DisputeOutcome? Decision { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    public IReadOnlyList<DisputeHistoryEntry> History => history;

    /// <summary>
    /// The referrals the dispute is about, if the filer named any: their people are "the person" a dispute is about
    /// (domain.md, "The person's rights": nothing is anonymised while it is open).
    /// </summary>
    public IReadOnlyList<DisputeReferral> Referrals => referrals;

    /// <summary>Optimistic concurrency token, raised by every change.</summary>
    public int Version { get; private set; }

    /// <summary>The two parties and the Commission see a dispute; nobody else (domain.md, "Dispute").</summary>
    public bool IsVisibleTo(NetworkActor actor) =>
        actor.IsCommission || actor.OrganisationId == FilerOrganisationId || actor.OrganisationId == RespondentOrganisationId;

    /// <summary>The Commission opens the mediation.</summary>
    public Result<Dispute> StartMediation(NetworkActor actor, DateTime now) =>
        Move(actor, DisputeStatus.InMediation, now, null, () => MediationStartedOn = DateOnly.FromDateTime(now));

    /// <summary>The Commission records the agreement that ends the mediation.</summary>
    public Result<Dispute> Settle(NetworkActor actor, string text, DateTime now) =>
        WithOutcome(actor, DisputeStatus.Settled, text, now, outcome => Settlement = outcome);

    /// <summary>
    /// The Commission refers a mediation that failed to arbitration. <paramref name="clause"/> is the contract's
    /// clause today: unless it is MEDIATION_AND_ARBITRATION the referral is refused with NO_COMMISSION_CLAUSE
    /// (the contract, not the state, forbids it), after the role and state checks.
    /// </summary>
    public Result<Dispute> ReferToArbitration(NetworkActor actor, DisputeClause clause, DateTime now)
    {
        if (Refusal(actor, DisputeStatus.InArbitration) is { } forbidden)
        {
            return forbidden;
        }

        if (DisputeStateMachine.Check(Status, DisputeStatus.InArbitration) is { } invalid)
        {
            return invalid;
        }

        if (clause != DisputeClause.MediationAndArbitration)
        {
            return new DomainError(ErrorCodes.NoCommissionClause, DisputeMessageKeys.NoArbitrationClause);
        }

        return Move(actor, DisputeStatus.InArbitration, now, null, () => ArbitrationStartedOn = DateOnly.FromDateTime(now));
    }

    /// <summary>The Commission records its arbitration decision.</summary>
    public Result<Dispute> Decide(NetworkActor actor, string text, DateTime now) =>
        WithOutcome(actor, DisputeStatus.Decided, text, now, outcome => Decision = outcome);

    /// <summary>The filer withdraws its dispute while it is open.</summary>
    public Result<Dispute> Withdraw(NetworkActor actor, string? reason, DateTime now) =>
        Move(actor, DisputeStatus.Withdrawn, now, reason, () => WithdrawnOn = DateOnly.FromDateTime(now));

    private Result<Dispute> WithOutcome(NetworkActor actor, DisputeStatus to, string text, DateTime now, Action<DisputeOutcome> set)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DomainError.Invalid("text", DisputeMessageKeys.OutcomeTextRequired);
        }

        if (text.Length > MaxTextLength)
        {
            return DomainError.Invalid("text", DisputeMessageKeys.TextTooLong, MaxTextLength);
        }

        return Move(actor, to, now, null, () => set(new DisputeOutcome(text.Trim(), DateOnly.FromDateTime(now))));
    }

    private Result<Dispute> Move(NetworkActor actor, DisputeStatus to, DateTime now, string? reason, Action apply)
    {
        if (Refusal(actor, to) is { } forbidden)
        {
            return forbidden;
        }

        if (DisputeStateMachine.Check(Status, to) is { } invalid)
        {
            return invalid;
        }

        apply();
        history.Add(new DisputeHistoryEntry(now, actor.OrganisationId, actor.ClientId, actor.UserId, Status, to, reason));
        Status = to;
        Version++;
        return Result<Dispute>.Success(this);
    }

    private DomainError? Refusal(NetworkActor actor, DisputeStatus to) => DisputeStateMachine.HandlerOf(to) switch
    {
        DisputeHandler.Commission when !actor.IsCommission =>
            new DomainError(ErrorCodes.Forbidden, DisputeMessageKeys.CommissionOnly),
        DisputeHandler.Filer when actor.OrganisationId != FilerOrganisationId =>
            new DomainError(ErrorCodes.Forbidden, DisputeMessageKeys.FilerOnly),
        _ => null,
    };
}
