using GraphQL.Types;
using Partners.Api.Boundaries;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Domain.Boundaries;

namespace Partners.Api.Consents;

public sealed record GrantConsentInput(
    string JobSeekerId, string RecipientOrganisationId, IReadOnlyList<DataCategory> Categories, string Purpose, string EvidenceReference, DateOnly? ExpiresOn);

public sealed class GrantConsentInputType : InputObjectGraphType<GrantConsentInput>
{
    public GrantConsentInputType()
    {
        Name = "GrantConsentInput";
        Description = "A consent recorded by a professional from the person's signed form.";
        Field<NonNullGraphType<IdGraphType>>("jobSeekerId").Description("The person.");
        Field<NonNullGraphType<IdGraphType>>("recipientOrganisationId").Description("The organisation the consent names.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataCategoryType>>>>("categories").Description("The categories it opens.");
        Field<NonNullGraphType<StringGraphType>>("purpose").Description("The stated purpose (finalité).").MaxLength(Consent.MaxTextLength);
        Field<NonNullGraphType<StringGraphType>>("evidenceReference").Description("Where the signed form is kept.").MaxLength(Consent.MaxTextLength);
        Field<DateScalar>("expiresOn").Description("Last day of validity, inclusive.");
    }
}

public sealed record WithdrawConsentInput(string ConsentId);

public sealed class WithdrawConsentInputType : InputObjectGraphType<WithdrawConsentInput>
{
    public WithdrawConsentInputType()
    {
        Name = "WithdrawConsentInput";
        Description = "Withdraws a consent (GDPR art. 7(3)): effective on the very next request.";
        Field<NonNullGraphType<IdGraphType>>("consentId").Description("The consent.");
    }
}

public sealed class ConsentPayloadType() : PayloadType<ConsentNode, Consent>("ConsentPayload", "consent", "The consent as it stands, or the refusals.");
