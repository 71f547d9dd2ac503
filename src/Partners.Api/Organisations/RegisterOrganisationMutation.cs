using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Organisations;

namespace Partners.Api.Organisations;

public sealed record RegisterOrganisationInput(string Name, OrganisationKind Kind, string? EnterpriseNumber, Region? Region);

public sealed class RegisterOrganisationInputType : InputObjectGraphType<RegisterOrganisationInput>
{
    public RegisterOrganisationInputType()
    {
        Name = "RegisterOrganisationInput";
        Description = "A new member of the partner network (décret du 12 janvier 2012, art. 2 7°), registered by the Office.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The organisation's name.").MaxLength(200);
        Field<NonNullGraphType<OrganisationKindType>>("kind").Description("What it is in the network.");
        Field<StringGraphType>("enterpriseNumber").Description("Its enterprise number (BCE/KBO, 10 digits, mod 97); required except for the Commission.").MaxLength(20);
        Field<RegionType>("region").Description("The directorate of its seat, if local.");
    }
}

public sealed class OrganisationPayloadType() : PayloadType<OrganisationNode, Organisation>("OrganisationPayload", "organisation", "The registered organisation, or the refusals.");

/// <summary>The Office registers the network's members; a bad enterprise number is INVALID_ENTERPRISE_NUMBER.</summary>
public sealed class RegisterOrganisationMutation : IMutationFields
{
    public void AddTo(MutationType mutation) =>
        mutation.Mutation<RegisterOrganisationInputType, OrganisationPayloadType>("registerOrganisation", "Registers a member of the network (the Office only).")
            .Authorize(AccessRule.Scope().ForKinds(OrganisationKind.Office))
            .Runs<RegisterOrganisationInput, Organisation>(async scope =>
            {
                var input = scope.Input;
                var registered = OrganisationRegistration.Register(input.Name, input.Kind, input.EnterpriseNumber, input.Region);
                if (registered.Value is not { } organisation)
                {
                    return Change<Organisation>.Refused(registered.Errors);
                }

                if (OrganisationRegistration.IsUnique(organisation.Kind) && await scope.Db.Organisations.AnyAsync(o => o.Kind == organisation.Kind, scope.CancellationToken))
                {
                    return DomainError.Invalid("input.kind", OrganisationRegistration.OnlyOne);
                }

                if (organisation.EnterpriseNumber is { } number && await scope.Db.Organisations.AnyAsync(o => o.EnterpriseNumber == number, scope.CancellationToken))
                {
                    return DomainError.Invalid("input.enterpriseNumber", "enterprise_number_registered");
                }

                scope.Db.Organisations.Add(organisation);
                return Change<Organisation>.Ok(organisation);
            });
}
