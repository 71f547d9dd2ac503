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
        Field<NonNullGraphType<StringGraphType>>("name").Description("The organisation's name.");
        Field<NonNullGraphType<OrganisationKindType>>("kind").Description("What it is in the network.");
        Field<StringGraphType>("enterpriseNumber").Description("Its enterprise number (BCE/KBO, 10 digits, mod 97); required except for the Commission.");
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
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<RegisterOrganisationInput>("input");
                var registered = OrganisationRegistration.Register(input.Name, input.Kind, input.EnterpriseNumber, input.Region);
                if (!registered.IsSuccess)
                {
                    return Payload<Organisation>.Refused(registered.Errors.ToUserErrors(context));
                }

                var db = context.Service<PartnersDbContext>();
                var organisation = registered.Value!;
                if (OrganisationRegistration.IsUnique(organisation.Kind) && await db.Organisations.AnyAsync(o => o.Kind == organisation.Kind, context.CancellationToken))
                {
                    return Payload<Organisation>.Refused(DomainError.Invalid("input.kind", OrganisationRegistration.OnlyOne).ToUserError(context));
                }

                if (organisation.EnterpriseNumber is { } number && await db.Organisations.AnyAsync(o => o.EnterpriseNumber == number, context.CancellationToken))
                {
                    return Payload<Organisation>.Refused(DomainError.Invalid("input.enterpriseNumber", "enterprise_number_registered").ToUserError(context));
                }

                db.Organisations.Add(organisation);
                return await db.SaveAsync(context) is { } conflict ? Payload<Organisation>.Refused(conflict) : Payload<Organisation>.Ok(organisation);
            });
}
