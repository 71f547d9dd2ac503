using Partners.Domain.Common;
using Partners.Domain.Organisations;

namespace Partners.Domain.Boundaries;

/// <summary>
/// The job seeker's written agreement (autorisation d'échange d'informations), recorded by a professional, that named
/// data categories may be shared with a named recipient for a stated purpose, until expiry or withdrawal
/// (GDPR Art. 7(3): withdrawal takes effect at once; what was lawfully shared before stays lawful).
/// </summary>
public sealed class Consent
{
    public const int MaxTextLength = 500;

    private Consent()
    {
    }

    public long Id { get; set; }

    public long JobSeekerId { get; private set; }

    public long RecipientOrganisationId { get; private set; }

    /// <summary>The categories the consent opens; one column each, so a filter can ask the database.</summary>
    public IReadOnlyList<DataCategory> Categories =>
        [.. Enum.GetValues<DataCategory>().Where(Covers)];

    public bool CoversIdentity { get; private set; }

    public bool CoversPathway { get; private set; }

    public bool CoversSocial { get; private set; }

    public bool CoversHealth { get; private set; }

    public string Purpose { get; private set; } = "";

    /// <summary>Where the signed form is kept (référence du formulaire signé).</summary>
    public string EvidenceReference { get; private set; } = "";

    public long RecordedByOrganisationId { get; private set; }

    public string RecordedByClientId { get; private set; } = "";

    public string? RecordedByUserId { get; private set; }

    public DateTime GrantedAt { get; private set; }

    /// <summary>Last day of validity, inclusive; null until withdrawn.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    public DateTime? WithdrawnAt { get; private set; }

    public int Version { get; private set; }

    public bool Covers(DataCategory category) => category switch
    {
        DataCategory.Identity => CoversIdentity,
        DataCategory.Pathway => CoversPathway,
        DataCategory.Social => CoversSocial,
        _ => CoversHealth,
    };

    public bool IsActiveOn(DateOnly day) => WithdrawnAt is null && (ExpiresOn is null || day <= ExpiresOn);

    /// <summary>
    /// Records a consent. Its recorder must hold the secret of every category it names (<see cref="AccessPolicy.HolderOf"/>:
    /// <paramref name="heldByRecorder"/>); its recipient must be of a kind that may receive each of them
    /// (<see cref="AccessPolicy.RecipientsOf"/>: never the Commission) and not their holder itself
    /// (<paramref name="heldByRecipient"/>). Every refusal is VALIDATION on its field, and nothing is created.
    /// </summary>
    public static Result<Consent> Grant(
        long jobSeekerId, long recipientOrganisationId, IReadOnlyCollection<DataCategory> categories, string purpose,
        string evidenceReference, DateOnly? expiresOn, NetworkActor recordedBy, DateTime now,
        IReadOnlySet<DataCategory> heldByRecorder, OrganisationKind recipientKind, IReadOnlySet<DataCategory> heldByRecipient)
    {
        var errors = new List<DomainError>();
        if (categories.Count == 0)
        {
            errors.Add(DomainError.Invalid("input.categories", ConsentMessageKeys.CategoriesRequired));
        }

        if (categories.Where(c => !heldByRecorder.Contains(c)).Distinct().Order().ToList() is { Count: > 0 } notHeld)
        {
            errors.Add(DomainError.Invalid("input.categories", ConsentMessageKeys.CategoryNotHeld, string.Join(", ", notHeld.Select(Name))));
        }

        if (recipientKind == OrganisationKind.Commission)
        {
            errors.Add(DomainError.Invalid("input.recipientOrganisationId", ConsentMessageKeys.RecipientCommission));
        }
        else if (categories.Any(heldByRecipient.Contains))
        {
            errors.Add(DomainError.Invalid("input.recipientOrganisationId", ConsentMessageKeys.RecipientIsHolder));
        }
        else if (categories.Where(c => !AccessPolicy.ConsentOpens(c, recipientKind)).Distinct().Order().ToList() is { Count: > 0 } closed)
        {
            errors.Add(DomainError.Invalid("input.recipientOrganisationId", ConsentMessageKeys.RecipientNotAllowed, string.Join(", ", closed.Select(Name))));
        }

        RequireText(errors, "input.purpose", purpose);
        RequireText(errors, "input.evidenceReference", evidenceReference);
        if (expiresOn is { } expiry && expiry < DateOnly.FromDateTime(now))
        {
            errors.Add(DomainError.Invalid("input.expiresOn", ConsentMessageKeys.ExpiryInPast));
        }

        if (errors.Count > 0)
        {
            return Result<Consent>.Failure([.. errors]);
        }

        return Result<Consent>.Success(new Consent
        {
            JobSeekerId = jobSeekerId,
            RecipientOrganisationId = recipientOrganisationId,
            CoversIdentity = categories.Contains(DataCategory.Identity),
            CoversPathway = categories.Contains(DataCategory.Pathway),
            CoversSocial = categories.Contains(DataCategory.Social),
            CoversHealth = categories.Contains(DataCategory.Health),
            Purpose = purpose.Trim(),
            EvidenceReference = evidenceReference.Trim(),
            ExpiresOn = expiresOn,
            RecordedByOrganisationId = recordedBy.OrganisationId,
            RecordedByClientId = recordedBy.ClientId,
            RecordedByUserId = recordedBy.UserId,
            GrantedAt = now,
        });
    }

    /// <summary>Withdraws the consent; withdrawing twice answers the current state.</summary>
    public Result<Consent> Withdraw(DateTime now)
    {
        if (WithdrawnAt is null)
        {
            WithdrawnAt = now;
            Version++;
        }

        return Result<Consent>.Success(this);
    }

    private static string Name(DataCategory category) => category.ToString().ToUpperInvariant();

    private static void RequireText(List<DomainError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(DomainError.Invalid(field, "required"));
        }
        else if (value.Length > MaxTextLength)
        {
            errors.Add(DomainError.Invalid(field, "too_long", MaxTextLength));
        }
    }
}
