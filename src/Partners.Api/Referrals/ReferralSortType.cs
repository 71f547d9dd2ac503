using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

public enum ReferralSortField
{
    CreatedAt,
    AnswerDueOn,
}

public sealed class ReferralSortType() : SortType<ReferralSortField, ReferralSortFieldType>("Referral", "referrals");

public sealed class ReferralSortFieldType : EnumType<ReferralSortField>
{
    public ReferralSortFieldType()
    {
        Name = "ReferralSortField";
        Description = "What the referrals list may be sorted on.";
        Values["CREATED_AT"]!.Description = "When the Office sent the referral.";
        Values["ANSWER_DUE_ON"]!.Description = "The day the candidacy answer is due (art. 14 5°).";
    }
}

/// <summary>The referrals' sort keys (newest first when none is given), the id last for stable cursors.</summary>
public static class ReferralOrdering
{
    public static readonly Sorting<Referral, ReferralSortField> Sorting = new Sorting<Referral, ReferralSortField>([new(ReferralSortField.CreatedAt, SortDirection.Desc)], x => x.Id, idDescending: true)
        .By(ReferralSortField.CreatedAt, r => r.CreatedAt)
        .By(ReferralSortField.AnswerDueOn, r => r.AnswerDueOn);
}
