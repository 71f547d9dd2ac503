using GraphQL.Types;
using Partners.Api.Events;
using Partners.Api.GraphQL;
using Partners.Api.Identity;
using Partners.Data.Events;

namespace Partners.Api.Referrals;

/// <summary><c>referralUpdated</c>: every committed change to a referral the subscriber is party to.</summary>
public sealed class ReferralSubscription : ISubscriptionFields
{
    public void AddTo(SubscriptionType subscription) =>
        subscription.Field<NonNullGraphType<ReferralEventType>, ReferralEvent>("referralUpdated")
            .Description("Every change to a referral (orientation, décret du 12 janvier 2012, art. 13 5°) the subscriber is party to, authorised again at each event. Office staff receive those of the people whose referent counsellor they were when the change was made (art. 13 2°, 14 5°–7°).")
            .RequireScope(Scopes.ReferralsRead)
            .Resolve(context => context.ResolveEvent<ReferralEvent>())
            .ResolveStream(context => context.EventStream<ReferralEvent>(EventTopics.Referral, ReferralEvents.LoadAsync));
}

public sealed class ReferralEventType : ObjectGraphType<ReferralEvent>
{
    public ReferralEventType()
    {
        Name = "ReferralEvent";
        Description = "A change to a referral (orientation, décret du 12 janvier 2012, art. 13 5°), committed and authorised for the subscriber.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The event's id; ids grow in the order of the changes.")
            .Resolve(context => context.Source.Id);
        Field<NonNullGraphType<DateTimeGraphType>>("occurredAt").Description("When the change was made (UTC).")
            .Resolve(context => context.Source.OccurredAt);
        Field<NonNullGraphType<ReferralNode>>("referral").Description("The referral as it stands when the event is delivered.")
            .Resolve(context => context.Source.Referral);
        Field<Accompaniment.CounsellorDesignationType>("referentCounsellor")
            .Description("For the Office: the person's referent counsellor designated when the change was made (art. 13 2°), the one it is told to (art. 14 5°–7°); null for an operator or when none was designated.")
            .Resolve(context => context.Source.Counsellor);
    }
}
