using GraphQL.Types;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

public sealed record ReferralFilter(IReadOnlyList<ReferralStatus>? Status, string? OfferId, string? JobSeekerId, bool? Overdue);

public sealed class ReferralFilterType : InputObjectGraphType<ReferralFilter>
{
    public ReferralFilterType()
    {
        Name = "ReferralFilter";
        Description = "Filters of the referrals list; they only ever narrow what the caller may see.";
        Field<ListGraphType<NonNullGraphType<ReferralStatusType>>>("status").Description("Only referrals in one of these states.");
        Field<IdGraphType>("offerId").Description("Only referrals to this offer.");
        Field<IdGraphType>("jobSeekerId").Description("Only referrals of this job seeker.");
        Field<BooleanGraphType>("overdue").Description("Only referrals whose candidacy answer is (true) or is not (false) overdue (art. 14 5°).");
    }
}
