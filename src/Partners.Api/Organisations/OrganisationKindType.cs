using Partners.Api.GraphQL;
using Partners.Domain.Organisations;

namespace Partners.Api.Organisations;

public sealed class OrganisationKindType : EnumType<OrganisationKind>
{
    public OrganisationKindType()
    {
        Name = "OrganisationKind";
        Description = "The kinds of member of the partner network (décret du 12 janvier 2012, art. 2).";
        Describe("OFFICE", "The Office: le Forem, Office wallon de la Formation professionnelle et de l'Emploi (art. 4).");
        Describe("CPAS", "A Centre public d'action sociale: an operator and the holder of social data under professional secrecy.");
        Describe("ISP_OPERATOR", "An insertion operator (opérateur d'insertion socioprofessionnelle: CISP, EFT, OISP, MIRE…) under a cooperation contract (art. 11).");
        Describe("RECONVERSION_UNIT", "A reconversion unit (cellule de reconversion, décret du 29 janvier 2004, art. 11).");
        Describe("COMMISSION", "The Commission des opérateurs (art. 16).");
    }

    private void Describe(string value, string description) => Values[value]!.Description = description;
}
