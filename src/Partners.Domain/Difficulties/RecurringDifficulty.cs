using Partners.Domain.Common;
using Partners.Domain.Organisations;

namespace Partners.Domain.Difficulties;

/// <summary>
/// A recurring difficulty (difficulté récurrente) met in the individualised accompaniment, reported to the
/// Commission des opérateurs by the Office (decree Art. 13 12°) or an operator (Art. 14 9°). The Commission
/// acknowledges and closes it: OPEN → ACKNOWLEDGED → CLOSED, or OPEN → CLOSED.
/// </summary>
public sealed class RecurringDifficulty
{
    public const int MaxTitleLength = 200;

    public const int MaxTextLength = 4000;

    private RecurringDifficulty(NetworkActor reporter, string title, string description, Region? region, DateTime now)
    {
        ReporterOrganisationId = reporter.OrganisationId;
        ReporterKind = reporter.Kind;
        ReporterClientId = reporter.ClientId;
        ReporterUserId = reporter.UserId;
        Title = title;
        Description = description;
        Region = region;
        ReportedAt = now;
        Status = RecurringDifficultyStatus.Open;
    }

    private RecurringDifficulty()
    {
        ReporterClientId = string.Empty;
        Title = string.Empty;
        Description = string.Empty;
    }

    public long Id { get; private set; }

    public long ReporterOrganisationId { get; private set; }

    public OrganisationKind ReporterKind { get; private set; }

    public string ReporterClientId { get; private set; }

    public string? ReporterUserId { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    /// <summary>The directorate concerned, if the difficulty is sub-regional.</summary>
    public Region? Region { get; private set; }

    public DateTime ReportedAt { get; private set; }

    public RecurringDifficultyStatus Status { get; private set; }

    public DateTime? AcknowledgedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    /// <summary>Optimistic concurrency token, raised by every change.</summary>
    public int Version { get; private set; }

    /// <summary>The Office or an operator reports a difficulty; the Commission does not report to itself.</summary>
    public static Result<RecurringDifficulty> Report(NetworkActor reporter, string title, string description, Region? region, DateTime now)
    {
        if (reporter.Kind == OrganisationKind.Commission)
        {
            return new DomainError(ErrorCodes.Forbidden, DifficultyMessageKeys.ReporterNotAParty);
        }

        var errors = new List<DomainError>();
        Check(errors, "title", title, DifficultyMessageKeys.TitleRequired, MaxTitleLength);
        Check(errors, "description", description, DifficultyMessageKeys.DescriptionRequired, MaxTextLength);
        return errors.Count > 0
            ? Result<RecurringDifficulty>.Failure([.. errors])
            : Result<RecurringDifficulty>.Success(new RecurringDifficulty(reporter, title.Trim(), description.Trim(), region, now));
    }

    /// <summary>The Commission takes note of an open difficulty.</summary>
    public Result<RecurringDifficulty> Acknowledge(NetworkActor actor, DateTime now) =>
        Move(actor, RecurringDifficultyStatus.Acknowledged, Status == RecurringDifficultyStatus.Open, () => AcknowledgedAt = now);

    /// <summary>The Commission closes a difficulty, acknowledged or not.</summary>
    public Result<RecurringDifficulty> Close(NetworkActor actor, DateTime now) =>
        Move(actor, RecurringDifficultyStatus.Closed, Status != RecurringDifficultyStatus.Closed, () => ClosedAt = now);

    private Result<RecurringDifficulty> Move(NetworkActor actor, RecurringDifficultyStatus to, bool allowed, Action apply)
    {
        if (!actor.IsCommission)
        {
            return new DomainError(ErrorCodes.Forbidden, DifficultyMessageKeys.CommissionOnly);
        }

        if (!allowed)
        {
            return new DomainError(ErrorCodes.InvalidTransition, DifficultyMessageKeys.InvalidTransition, null, Status, to);
        }

        apply();
        Status = to;
        Version++;
        return Result<RecurringDifficulty>.Success(this);
    }

    private static void Check(List<DomainError> errors, string field, string? value, string requiredKey, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(DomainError.Invalid(field, requiredKey));
        }
        else if (value.Length > max)
        {
            errors.Add(DomainError.Invalid(field, DifficultyMessageKeys.TextTooLong, max));
        }
        else if (PersonalData.ContainsNiss(value))
        {
            errors.Add(DomainError.Invalid(field, PersonalData.TextContainsNiss));
        }
    }
}
