using Partners.Api.GraphQL;
using Partners.Domain.Complaints;

namespace Partners.Api.Complaints;

public sealed class ComplaintStatusType : EnumType<ComplaintStatus>
{
    public ComplaintStatusType()
    {
        Name = "ComplaintStatus";
        Description = "The life of a complaint (plainte, décret du 12 janvier 2012, art. 13 11° et art. 14 8°).";
        Values["RECEIVED"]!.Description = "Received (reçue): recorded, not yet acknowledged.";
        Values["ACKNOWLEDGED"]!.Description = "Acknowledged (accusé de réception envoyé).";
        Values["UNDER_REVIEW"]!.Description = "Under review (en cours d'examen) by the party complained about.";
        Values["ANSWERED"]!.Description = "Answered (réponse motivée) with a finding.";
        Values["CLOSED"]!.Description = "Closed (clôturée) after the answer.";
        Values["WITHDRAWN"]!.Description = "Withdrawn (retirée) by the job seeker before the answer.";
    }
}
