using Partners.Api.GraphQL;
using Partners.Domain.Contracts;

namespace Partners.Api.Contracts;

public sealed class ContractStatusType : EnumType<ContractStatus>
{
    public ContractStatusType()
    {
        Name = "ContractStatus";
        Description = "The life of a cooperation contract (contrat de coopération, décret du 12 janvier 2012, art. 11).";
        Values["DRAFT"]!.Description = "Being negotiated (projet); not yet binding.";
        Values["ACTIVE"]!.Description = "In force (actif): the operator publishes offers and receives referrals during its validity.";
        Values["SUSPENDED"]!.Description = "Suspended (suspendu): no new offer or referral.";
        Values["TERMINATED"]!.Description = "Ended early by a party (résilié).";
        Values["EXPIRED"]!.Description = "Past its validity period (expiré).";
    }
}
