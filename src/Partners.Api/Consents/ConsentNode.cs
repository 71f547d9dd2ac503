using GraphQL.Types;
using Partners.Api.Boundaries;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Organisations;
using Partners.Domain.Boundaries;
using Partners.Domain.Common;

namespace Partners.Api.Consents;

public sealed class ConsentNode : NodeGraphType<Consent>
{
    public const string TypeName = "Consent";

    public ConsentNode()
        : base(TypeName, "A job seeker's consent to share named categories with a named organisation (autorisation d'échange d'informations; GDPR art. 7). Withdrawal and expiry take effect on the next request.", c => c.Id)
    {
        Field<NonNullGraphType<OrganisationNode>>("recipient").Description("The organisation the consent names.")
            .Resolve(c => c.LoadOrganisation(c.Source.RecipientOrganisationId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataCategoryType>>>>("categories").Description("The categories it opens.")
            .Resolve(c => c.Source.Categories);
        this.Member(c => c.Purpose).Description("The stated purpose (finalité).");
        this.Member(c => c.EvidenceReference).Description("Where the signed form is kept.");
        Field<NonNullGraphType<OrganisationNode>>("recordedBy").Description("The organisation that recorded it (the Office or the person's CPAS).")
            .Resolve(c => c.LoadOrganisation(c.Source.RecordedByOrganisationId));
        this.Member(c => c.GrantedAt).Description("When it was recorded.");
        this.Member(c => c.ExpiresOn, nullable: true).Description("Last day of validity, if any.");
        this.Member(c => c.WithdrawnAt, nullable: true).Description("When it was withdrawn, if it was.");
        Field<NonNullGraphType<BooleanGraphType>>("active").Description("Neither withdrawn nor expired today.")
            .Resolve(c => c.Source.IsActiveOn(c.Service<IClock>().Today));
    }
}
