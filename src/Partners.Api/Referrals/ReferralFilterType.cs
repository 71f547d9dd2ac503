using GraphQL.Types;
using Partners.Api.GraphQL.Relay;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

public sealed record ReferralFilter(
    IReadOnlyList<ReferralStatus>? Status, string? OfferId, IReadOnlyList<string>? OfferIdIn, string? JobSeekerId, IReadOnlyList<string>? JobSeekerIdIn, bool? Overdue,
    DateRange? CreatedAt, DateRange? AnswerDueOn, bool? OpenOnEndedContract, IReadOnlyList<ReferralFilter>? And, IReadOnlyList<ReferralFilter>? Or)
    : ICombinedFilter<ReferralFilter>;

public sealed class ReferralFilterType : FilterType<ReferralFilter, ReferralFilterType>
{
    public ReferralFilterType()
        : base("ReferralFilter", "Filters of the referrals list; they only ever narrow what the caller may see.")
    {
        Field<ListGraphType<NonNullGraphType<ReferralStatusType>>>("status").Description("Only referrals in one of these states.");
        Field<IdGraphType>("offerId").Description("Only referrals to this offer.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("offerIdIn").Description("Only referrals to one of these offers.");
        Field<IdGraphType>("jobSeekerId").Description("Only referrals of this job seeker.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("jobSeekerIdIn").Description("Only referrals of one of these job seekers.");
        Field<BooleanGraphType>("overdue").Description("Only referrals whose candidacy answer is (true) or is not (false) overdue (art. 14 5°).");
        Field<DateRangeType>("createdAt").Description("Only referrals sent on these days.");
        Field<DateRangeType>("answerDueOn").Description("Only referrals whose candidacy answer is due on these days (art. 14 5°).");
        Field<BooleanGraphType>("openOnEndedContract")
            .Description("Only referrals still open (true) or not (false) whose offer's cooperation contract (art. 11) expired or was terminated: the ones the Office cancels or re-routes.");
        Combinable();
    }
}
