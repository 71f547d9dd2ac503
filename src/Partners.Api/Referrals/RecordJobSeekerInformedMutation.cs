using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Identity;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

public sealed class InformationChannelType() : DescribedEnumType<InformationChannel>(
    "InformationChannel",
    "How the operator told the person of the candidacy result (art. 14 5°).",
    ("LETTER", "By letter (courrier)."),
    ("EMAIL", "By e-mail (courriel)."),
    ("PHONE", "By phone (téléphone)."),
    ("IN_PERSON", "In person (en face à face)."));

public sealed record RecordJobSeekerInformedInput(string ReferralId, DateOnly? InformedOn, InformationChannel Channel);

public sealed class RecordJobSeekerInformedInputType : InputObjectGraphType<RecordJobSeekerInformedInput>
{
    public RecordJobSeekerInformedInputType()
    {
        Name = "RecordJobSeekerInformedInput";
        Description = "The operator told the person of the candidacy result (information du demandeur d'emploi, décret du 12 janvier 2012, art. 14 5°).";
        Field<NonNullGraphType<IdGraphType>>("referralId").Description("The referral.");
        Field<DateScalar>("informedOn").Description("The day the person was told; today when omitted; never in the future, never before the result.");
        Field<NonNullGraphType<InformationChannelType>>("channel").Description("How.");
    }
}

/// <summary>The receiving operator records when and how it told the person of the candidacy result (art. 14 5°); the counsellor hears of it.</summary>
public sealed class RecordJobSeekerInformedMutation : IMutationFields
{
    public void AddTo(MutationType mutation) =>
        mutation.Mutation<RecordJobSeekerInformedInputType, ReferralPayloadType>("recordJobSeekerInformed", "Records when and how the operator told the person of the candidacy result (art. 14 5°).")
            .Authorize(AccessRule.Scope(Scopes.ReferralsWrite))
            .RunsMove<RecordJobSeekerInformedInput>(i => i.ReferralId,
                (input, r) => r.JobSeekerInformedBy == input.Channel && r.JobSeekerInformedOn is { } on && (input.InformedOn is null || on == input.InformedOn),
                input => (r, actor, now) => r.RecordJobSeekerInformed(actor, input.InformedOn ?? DateOnly.FromDateTime(now), input.Channel, now));
}
