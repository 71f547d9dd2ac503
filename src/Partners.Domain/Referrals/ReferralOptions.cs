namespace Partners.Domain.Referrals;

/// <summary>Configurable periods of the referral workflow (section <c>Referrals</c> of the configuration).</summary>
public sealed class ReferralOptions
{
    /// <summary>Days the operator has to give the candidacy result (Art. 14 5°) before the referral is overdue.</summary>
    public int AnswerPeriodDays { get; set; } = 15;

    public const int DefaultInformationPeriodDays = 7;

    /// <summary>Days the operator has to tell the person of the candidacy result (Art. 14 5°) before that is overdue.</summary>
    public int InformationPeriodDays { get; set; } = DefaultInformationPeriodDays;
}
