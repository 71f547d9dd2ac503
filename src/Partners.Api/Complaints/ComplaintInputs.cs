using Partners.Api.GraphQL;
using GraphQL.Types;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Commission;
using Partners.Api.Organisations;
using Partners.Domain.Complaints;
using Partners.Domain.Organisations;

namespace Partners.Api.Complaints;

public sealed record FileComplaintInput(
    string JobSeekerId, string RespondentOrganisationId, string EngagementCode, string Description,
    string? ReferralId, DateOnly? ReceivedOn, Region? Region);

/// <summary>The input of every complaint move; each input type declares only the fields its move reads.</summary>
public sealed record ComplaintMoveInput
{
    public string ComplaintId { get; init; } = string.Empty;

    public ComplaintFinding? Finding { get; init; }

    public string? Text { get; init; }

    public string? Reason { get; init; }
}

public sealed class FileComplaintInputType : InputObjectGraphType<FileComplaintInput>
{
    public FileComplaintInputType()
    {
        Name = "FileComplaintInput";
        Description = "A complaint to record (plainte, art. 13 11° and art. 14 8°), for the job seeker who makes it.";
        Field<NonNullGraphType<IdGraphType>>("jobSeekerId").Description("The job seeker who complains (an id of type JobSeeker).");
        Field<NonNullGraphType<IdGraphType>>("respondentOrganisationId").Description("The party complained about: the Office or an operator.");
        Field<NonNullGraphType<StringGraphType>>("engagementCode").Description("The engagement complained about, a code of `engagements` that binds the respondent.").MaxLength(40);
        Field<NonNullGraphType<StringGraphType>>("description").Description("The complaint as the job seeker states it.").MaxLength(Complaint.MaxTextLength);
        Field<IdGraphType>("referralId").Description("The referral the complaint is about, if any.");
        Field<DateScalar>("receivedOn").Description("The day the complaint was received; today when omitted, never in the future.");
        Field<RegionType>("region").Description("The directorate to count the complaint under; the respondent's seat when omitted.");
    }
}

/// <summary>The input of a move of a complaint; each mutation names its own type, with the fields it reads.</summary>
public abstract class ComplaintMoveInputType : InputObjectGraphType<ComplaintMoveInput>
{
    protected ComplaintMoveInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("complaintId").Description("The complaint.");
    }
}

public sealed class AcknowledgeComplaintInputType() : ComplaintMoveInputType("AcknowledgeComplaintInput", "Acknowledge receipt of a complaint (accusé de réception).");

public sealed class StartComplaintReviewInputType() : ComplaintMoveInputType("StartComplaintReviewInput", "Start the review of an acknowledged complaint (examen).");

public sealed class CloseComplaintInputType() : ComplaintMoveInputType("CloseComplaintInput", "Close an answered complaint (clôture).");

public sealed class AnswerComplaintInputType : ComplaintMoveInputType
{
    public AnswerComplaintInputType()
        : base("AnswerComplaintInput", "Answer a complaint under review (réponse motivée).")
    {
        Field<NonNullGraphType<ComplaintFindingType>>("finding").Description("Founded, partly founded or unfounded.");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The motivated answer.").MaxLength(Complaint.MaxTextLength);
    }
}

public sealed class WithdrawComplaintInputType : ComplaintMoveInputType
{
    public WithdrawComplaintInputType()
        : base("WithdrawComplaintInput", "Record that the job seeker withdraws an open complaint (retrait).")
    {
        Field<StringGraphType>("reason").Description("Why, if the job seeker said.").MaxLength(1000);
    }
}
