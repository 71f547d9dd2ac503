using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Api.JobSeekers;
using Partners.Api.Organisations;
using Partners.Api.Referrals;
using Partners.Domain.Offers;
using Partners.Domain.Referrals;

namespace Partners.Api.Offers;

public sealed class SessionRegistrationNode : NodeGraphType<SessionRegistration>
{
    public const string TypeName = "SessionRegistration";

    public SessionRegistrationNode()
        : base(TypeName, "A person registered for an offer's information session or intake (inscription aux séances d'information ou aux accueils, décret du 12 janvier 2012, art. 10 3°, 14 3°); seen by the Office and by the organisation that runs the offer only. The session's kind, day and place as they were at registration.", r => r.Id)
    {
        Field<NonNullGraphType<OfferNode>>("offer").Description("The offer the session presents.").Resolve(c => c.LoadOffer(c.Source.OfferId));
        Field<NonNullGraphType<IdGraphType>>("sessionId").Description("The session (an `InformationSession` id).")
            .Resolve(c => GlobalId.Encode(InformationSessionType.TypeName, c.Source.InformationSessionId));
        Field<NonNullGraphType<SessionKindType>>("sessionKind").Description("An information session or an intake.").Resolve(c => c.Source.SessionKind);
        Field<NonNullGraphType<DateTimeGraphType>>("sessionStartsAt").Description("When the session starts (UTC).").Resolve(c => c.Source.SessionStartsAt);
        this.Member(r => r.SessionLocation).Description("Where it takes place.");
        Field<NonNullGraphType<JobSeekerNode>>("jobSeeker").Description("The person registered; each of her data categories is guarded on its own.")
            .Resolve(c => c.LoadJobSeeker(c.Source.JobSeekerId));
        Field<ReferralNode>("referral").Description("The person's referral to the offer the registration follows (art. 13 5°); null when registered without one.")
            .Resolve(c => c.Source.ReferralId is { } id
                ? c.LoadById<Referral>(id, nameof(Referral.OperatorOrganisationId), nameof(Referral.ReferringOrganisationId)).Map(r => r is not null && r.IsVisibleTo(c.Caller()) ? r : null)
                : null);
        Field<NonNullGraphType<BooleanGraphType>>("active").Description("False once cancelled (its seat is free again).").Resolve(c => c.Source.IsActive);
        Field<NonNullGraphType<DateTimeGraphType>>("registeredAt").Description("When the registration was made (UTC).").Resolve(c => c.Source.RegisteredAt);
        Field<NonNullGraphType<OrganisationNode>>("registeredBy").Description("The organisation that registered the person.")
            .Resolve(c => c.LoadOrganisation(c.Source.RegisteredByOrganisationId));
        Field<DateTimeGraphType>("cancelledAt").Description("When the registration was cancelled (UTC); null while it holds.").Resolve(c => c.Source.CancelledAt);
        this.Member(r => r.CancellationReason, nullable: true).Description("Why it was cancelled.");
    }
}

public sealed class SessionRegistrationPayloadType() : PayloadType<SessionRegistrationNode, SessionRegistration>(
    "SessionRegistrationPayload", "registration", "The registration, or the refusals.");
