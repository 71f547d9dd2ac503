using Partners.Domain.Common;
using Partners.Domain.JobSeekers;

namespace Partners.Domain.Accompaniment;

/// <summary>Who commits to an action of the plan, or to a commitment (engagements de chaque partie, decree Art. 8).</summary>
public enum PlanParty
{
    JobSeeker,
    Office,
    Operator,
}

/// <summary>A professional objective of a plan version (objectif professionnel, Art. 8).</summary>
public sealed class PlanObjective
{
    public required string Title { get; init; }
}

/// <summary>An action of the plan, with its deadline and the party that carries it out.</summary>
public sealed class PlanAction
{
    public required string Description { get; init; }

    public required DateOnly Deadline { get; init; }

    public required PlanParty Party { get; init; }
}

/// <summary>A commitment of one party (engagement).</summary>
public sealed class PlanCommitment
{
    public required PlanParty Party { get; init; }

    public required string Text { get; init; }
}

/// <summary>
/// One version of a person's action plan (plan d'action, decree Art. 2 10°, 7–8): drawn up by the referent counsellor
/// with the person after the assessment (bilan), with professional objectives, actions with deadlines and the
/// commitments of each party. Each recording is a new version; the latest is the current plan, whose objectives the
/// person's pathway lists and a referral must serve. The day the person received a copy is kept (Art. 13 8°, a
/// ground of complaint).
/// </summary>
public sealed class ActionPlan
{
    /// <summary>The longest objective (the pathway's objective title).</summary>
    public const int MaxObjectiveLength = 300;

    public long Id { get; set; }

    public required long JobSeekerId { get; init; }

    /// <summary>1 for the first plan, then one more for each new version.</summary>
    public required int Version { get; init; }

    /// <summary>The day the counsellor and the person drew this version up.</summary>
    public required DateOnly DrawnUpOn { get; init; }

    /// <summary>The day the person received a copy (Art. 13 8°); null until then.</summary>
    public DateOnly? CopyReceivedOn { get; init; }

    public required List<PlanObjective> Objectives { get; init; }

    public required List<PlanAction> Actions { get; init; }

    public required List<PlanCommitment> Commitments { get; init; }

    public required DateTime RecordedAt { get; init; }

    public required string RecordedByClientId { get; init; }

    public string? RecordedByUserId { get; init; }

    /// <summary>
    /// Records a new version of <paramref name="jobSeeker"/>'s plan after <paramref name="previousVersion"/> (0 for none):
    /// at least one objective; every action described and dated; commitments of the person and of the Office; no day in
    /// the future, no copy before the plan. The person's pathway then lists the new objectives.
    /// </summary>
    public static Result<ActionPlan> Record(
        JobSeeker jobSeeker, int previousVersion, DateOnly drawnUpOn, DateOnly? copyReceivedOn, IReadOnlyList<string> objectives,
        IReadOnlyList<PlanAction> actions, IReadOnlyList<PlanCommitment> commitments, NetworkActor actor, DateTime now)
    {
        if (jobSeeker.AccompanimentClosedOn is not null)
        {
            return new DomainError(ErrorCodes.InvalidTransition, AccompanimentMessageKeys.Closed);
        }

        var today = DateOnly.FromDateTime(now);
        var errors = new List<DomainError>();
        var titles = objectives.Select(o => o?.Trim() ?? "").ToList();
        if (titles.Count == 0)
        {
            errors.Add(DomainError.Invalid("input.objectives", AccompanimentMessageKeys.PlanNeedsObjective));
        }

        for (var i = 0; i < titles.Count; i++)
        {
            if (titles[i].Length == 0)
            {
                errors.Add(DomainError.Invalid($"input.objectives[{i}]", "required"));
            }
        }

        for (var i = 0; i < actions.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(actions[i].Description))
            {
                errors.Add(DomainError.Invalid($"input.actions[{i}].description", "required"));
            }

            if (actions[i].Deadline < drawnUpOn)
            {
                errors.Add(DomainError.Invalid($"input.actions[{i}].deadline", AccompanimentMessageKeys.EndBeforeStart));
            }
        }

        for (var i = 0; i < commitments.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(commitments[i].Text))
            {
                errors.Add(DomainError.Invalid($"input.commitments[{i}].text", "required"));
            }
        }

        if (!commitments.Any(c => c.Party == PlanParty.JobSeeker) || !commitments.Any(c => c.Party == PlanParty.Office))
        {
            errors.Add(DomainError.Invalid("input.commitments", AccompanimentMessageKeys.PlanNeedsBothCommitments));
        }

        if (drawnUpOn > today)
        {
            errors.Add(DomainError.Invalid("input.drawnUpOn", AccompanimentMessageKeys.DateInFuture));
        }

        if (copyReceivedOn is { } copy && copy > today)
        {
            errors.Add(DomainError.Invalid("input.copyReceivedOn", AccompanimentMessageKeys.DateInFuture));
        }
        else if (copyReceivedOn < drawnUpOn)
        {
            errors.Add(DomainError.Invalid("input.copyReceivedOn", AccompanimentMessageKeys.EndBeforeStart));
        }

        if (errors.Count > 0)
        {
            return Result<ActionPlan>.Failure([.. errors]);
        }

        var distinct = titles.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        jobSeeker.Pathway.ProfessionalObjectives.Clear();
        jobSeeker.Pathway.ProfessionalObjectives.AddRange(distinct.Select(t => new ProfessionalObjective { Title = t }));
        return Result<ActionPlan>.Success(new ActionPlan
        {
            JobSeekerId = jobSeeker.Id, Version = previousVersion + 1, DrawnUpOn = drawnUpOn, CopyReceivedOn = copyReceivedOn,
            Objectives = [.. distinct.Select(t => new PlanObjective { Title = t })],
            Actions = [.. actions.Select(a => new PlanAction { Description = a.Description.Trim(), Deadline = a.Deadline, Party = a.Party })],
            Commitments = [.. commitments.Select(c => new PlanCommitment { Party = c.Party, Text = c.Text.Trim() })],
            RecordedAt = now, RecordedByClientId = actor.ClientId, RecordedByUserId = actor.UserId,
        });
    }
}
