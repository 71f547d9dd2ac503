using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Boundaries;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Api.JobSeekers;
using Partners.Api.Referrals;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

public sealed record RegisterForInformationSessionInput(string OfferId, string SessionId, string JobSeekerId, string? ReferralId);

public sealed class RegisterForInformationSessionInputType : InputObjectGraphType<RegisterForInformationSessionInput>
{
    public RegisterForInformationSessionInputType()
    {
        Name = "RegisterForInformationSessionInput";
        Description = "A person's registration for an offer's information session or intake (inscription aux séances d'information ou aux accueils, décret du 12 janvier 2012, art. 10 3°, 14 3°).";
        Field<NonNullGraphType<IdGraphType>>("offerId").Description("The published offer.");
        Field<NonNullGraphType<IdGraphType>>("sessionId").Description("One of the offer's `informationSessions`, to come.");
        Field<NonNullGraphType<IdGraphType>>("jobSeekerId").Description("The person, one the caller reaches.");
        Field<IdGraphType>("referralId").Description("The person's open referral to this offer: required from the Office for another's offer (art. 13 5°), optional for the organisation that runs the offer.");
    }
}

public sealed record CancelSessionRegistrationInput(string RegistrationId, string? Reason);

public sealed class CancelSessionRegistrationInputType : InputObjectGraphType<CancelSessionRegistrationInput>
{
    public CancelSessionRegistrationInputType()
    {
        Name = "CancelSessionRegistrationInput";
        Description = "The cancellation of a registration for a session (art. 10 3°); its seat is free again.";
        Field<NonNullGraphType<IdGraphType>>("registrationId").Description("The registration.");
        Field<StringGraphType>("reason").Description("Why, if said (blanked when the person is anonymised).").MaxLength(InputLimits.Text);
    }
}

/// <summary>
/// Registration for an offer's information sessions and intakes (art. 10 3°, 14 3°); the rule of who registers whom is
/// <see cref="SessionRegistration.Register"/>. The person must be one the caller reaches (registering is no way to
/// learn who exists); a registration the caller may not see is NOT_FOUND, as everywhere.
/// </summary>
public sealed class SessionRegistrationMutations : IMutationFields
{
    private static readonly AccessRule Writers = AccessRule.Scope(Scopes.ReferralsWrite);

    public void AddTo(MutationType mutation)
    {
        mutation.Mutation<RegisterForInformationSessionInputType, SessionRegistrationPayloadType>("registerForInformationSession",
                "Registers a person for an offer's information session or intake (art. 10 3°, 14 3°), within its seats: the organisation that runs the offer, for any person it reaches; the Office, for the person it refers to the offer (art. 13 5°). A repeat answers the registration made.")
            .Authorize(Writers)
            .Runs<RegisterForInformationSessionInput, SessionRegistration>(RegisterAsync);
        mutation.Mutation<CancelSessionRegistrationInputType, SessionRegistrationPayloadType>("cancelSessionRegistration",
                "Cancels a registration for a session (art. 10 3°): the Office or the organisation that runs the offer. Its seat is free again; a repeat answers the cancelled registration.")
            .Authorize(Writers)
            .Runs<CancelSessionRegistrationInput, SessionRegistration>(async scope =>
            {
                var registration = await scope.FindAsync(SessionRegistrationQueries.VisibleTo(scope.Db.SessionRegistrations, scope.Caller),
                    scope.Input.RegistrationId, SessionRegistrationNode.TypeName);
                return registration is null
                    ? Change<SessionRegistration>.NotFound("input.registrationId")
                    : Change<SessionRegistration>.Of(registration.Cancel(scope.Actor, scope.Input.Reason, scope.Now));
            });
    }

    private static async Task<Change<SessionRegistration>> RegisterAsync(MutationScope<RegisterForInformationSessionInput> scope)
    {
        var (db, input, ct) = (scope.Db, scope.Input, scope.CancellationToken);
        var offer = await scope.FindAsync(db.Offers.Where(OfferVisibility.For(scope.Caller)), input.OfferId, OfferNode.TypeName);
        if (offer is null)
        {
            return Change<SessionRegistration>.NotFound("input.offerId");
        }

        var sessionKey = GlobalId.KeyOf(input.SessionId, InformationSessionType.TypeName);
        if (offer.InformationSessions.Find(s => s.Id == sessionKey) is not { } session)
        {
            return Change<SessionRegistration>.NotFound("input.sessionId");
        }

        var jobSeeker = await scope.FindAsync(scope.Service<BoundaryRule>().ReachableBy(db.JobSeekers, scope.Caller), input.JobSeekerId, JobSeekerNode.TypeName);
        if (jobSeeker is null)
        {
            return Change<SessionRegistration>.NotFound("input.jobSeekerId");
        }

        Domain.Referrals.Referral? referral = null;
        if (input.ReferralId is not null)
        {
            referral = await scope.FindAsync(db.Referrals.VisibleTo(scope.Caller).AsNoTracking(), input.ReferralId, ReferralNode.TypeName);
            if (referral is null)
            {
                return Change<SessionRegistration>.NotFound("input.referralId");
            }
        }

        var existing = await db.SessionRegistrations.FirstOrDefaultAsync(r => r.InformationSessionId == session.Id && r.JobSeekerId == jobSeeker.Id, ct);
        var alreadyHeld = existing?.IsActive == true;
        var taken = await db.SessionRegistrations.CountAsync(r => r.InformationSessionId == session.Id && r.CancelledAt == null, ct);
        var registered = SessionRegistration.Register(offer, session, jobSeeker, referral, existing, taken, scope.Actor, scope.Now);
        if (registered.Value is not { } registration)
        {
            return Change<SessionRegistration>.Refused(registered.Errors);
        }

        if (alreadyHeld)
        {
            return Change<SessionRegistration>.Ok(registration);
        }

        // The offer's version moves with each seat taken: two registrations racing for the last seat conflict, and the
        // pipeline runs the loser again on what is stored (it then meets the full session).
        offer.Version++;
        if (existing is null)
        {
            db.SessionRegistrations.Add(registration);
        }

        return Change<SessionRegistration>.Ok(registration);
    }
}
