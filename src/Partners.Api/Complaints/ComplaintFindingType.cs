using Partners.Api.GraphQL;
using Partners.Domain.Complaints;

namespace Partners.Api.Complaints;

public sealed class ComplaintFindingType : EnumType<ComplaintFinding>
{
    public ComplaintFindingType()
    {
        Name = "ComplaintFinding";
        Description = "The finding of the answer to a complaint (conclusion de la réponse).";
        Values["FOUNDED"]!.Description = "Founded (fondée).";
        Values["PARTLY_FOUNDED"]!.Description = "Partly founded (partiellement fondée).";
        Values["UNFOUNDED"]!.Description = "Unfounded (non fondée).";
    }
}
