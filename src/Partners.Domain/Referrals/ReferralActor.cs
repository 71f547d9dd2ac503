namespace Partners.Domain.Referrals;

/// <summary>Who acts on a referral, as the token says: organisation, OAuth client, and user when a person signed in.</summary>
public sealed record ReferralActor(long OrganisationId, string ClientId, string? UserId = null)
{
    public override string ToString() => UserId is null ? ClientId : $"{ClientId}/{UserId}";
}
