using Partners.Domain.Common;
using Partners.Domain.Contracts;
using Partners.Domain.Organisations;

namespace Partners.Domain.Disputes;

/// <summary>
/// The filing rule of a dispute (Art. 16 §2 4°): the Office against an operator it has a cooperation contract
/// with, or such an operator against the Office. Admissible only if the contract's dispute clause is not NONE;
/// otherwise the dispute is recorded as INADMISSIBLE (reason NO_COMMISSION_CLAUSE) and the error is returned
/// alongside it (see <see cref="DisputeFilingResult"/>).
/// </summary>
public static class DisputeFiling
{
    /// <summary>
    /// Files a dispute by <paramref name="filer"/>. <paramref name="contract"/> is the cooperation contract between
    /// the Office and the operator concerned, or null when they have none.
    /// </summary>
    public static DisputeFilingResult File(FileDispute command, DisputeContract? contract, NetworkActor filer, DateTime now)
    {
        var filerParty = PartyOf(filer.Kind);
        if (filerParty is null)
        {
            return Refused(new DomainError(ErrorCodes.Forbidden, DisputeMessageKeys.FilerNotAParty));
        }

        var errors = new List<DomainError>();
        var operatorId = filerParty == Party.Office ? command.RespondentOrganisationId : filer.OrganisationId;
        var respondentParty = PartyOf(command.RespondentKind);
        if (respondentParty is null || respondentParty == filerParty || contract is null || contract.OperatorOrganisationId != operatorId)
        {
            errors.Add(DomainError.Invalid("respondentOrganisationId", DisputeMessageKeys.RespondentNotAParty));
        }

        CheckText(errors, "subject", command.Subject, DisputeMessageKeys.SubjectRequired, Dispute.MaxSubjectLength);
        CheckText(errors, "description", command.Description, DisputeMessageKeys.DescriptionRequired, Dispute.MaxTextLength);
        if (command.Region is null && !string.IsNullOrWhiteSpace(command.InvitedRepresentatives))
        {
            errors.Add(DomainError.Invalid("invitedRepresentatives", DisputeMessageKeys.RepresentativesNeedRegion));
        }
        else if (command.InvitedRepresentatives?.Length > Dispute.MaxTextLength)
        {
            errors.Add(DomainError.Invalid("invitedRepresentatives", DisputeMessageKeys.TextTooLong, Dispute.MaxTextLength));
        }

        CheckReferrals(errors, command, officeId: filerParty == Party.Office ? filer.OrganisationId : command.RespondentOrganisationId, operatorId);
        if (errors.Count > 0)
        {
            return Refused([.. errors]);
        }

        var dispute = new Dispute(command, contract!, filer, now);
        return contract!.Clause == DisputeClause.None
            ? new DisputeFilingResult(dispute, [new DomainError(ErrorCodes.NoCommissionClause, DisputeMessageKeys.NoCommissionClause)])
            : new DisputeFilingResult(dispute, []);
    }

    /// <summary>
    /// A dispute may be about particular referrals (at most <see cref="Dispute.MaxReferrals"/>): each one made by the
    /// Office party to the operator party. While the dispute is open their people are not anonymised (domain.md, "The
    /// person's rights"). An id that names no such referral is refused like one of another pair, disclosing nothing.
    /// </summary>
    private static void CheckReferrals(List<DomainError> errors, FileDispute command, long officeId, long operatorId)
    {
        var ids = command.ReferralIds ?? [];
        if (ids.Count > Dispute.MaxReferrals)
        {
            errors.Add(DomainError.Invalid("referralIds", DisputeMessageKeys.TooManyReferrals, Dispute.MaxReferrals));
            return;
        }

        var between = (command.Referrals ?? [])
            .Where(r => r.ReferringOrganisationId == officeId && r.OperatorOrganisationId == operatorId)
            .Select(r => r.ReferralId).ToHashSet();
        if (ids.Any(id => id is null || !between.Contains(id.Value)))
        {
            errors.Add(DomainError.Invalid("referralIds", DisputeMessageKeys.ReferralNotBetweenParties));
        }
    }

    private static DisputeFilingResult Refused(params DomainError[] errors) => new(null, errors);

    private static void CheckText(List<DomainError> errors, string field, string? value, string requiredKey, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(DomainError.Invalid(field, requiredKey));
        }
        else if (value.Length > max)
        {
            errors.Add(DomainError.Invalid(field, DisputeMessageKeys.TextTooLong, max));
        }
        else if (PersonalData.ContainsNiss(value))
        {
            errors.Add(DomainError.Invalid(field, PersonalData.TextContainsNiss));
        }
    }

    private static Party? PartyOf(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Office => Party.Office,
        OrganisationKind.Cpas or OrganisationKind.IspOperator or OrganisationKind.ReconversionUnit => Party.Operator,
        _ => null,
    };

    private enum Party
    {
        Office,
        Operator,
    }
}
