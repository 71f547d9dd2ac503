using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Commission;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Complaints;

namespace Partners.Api.Complaints;

/// <summary>
/// The complaint process (Art. 13 11°, Art. 14 8°): recorded by a partner for the job seeker, handled by the party
/// complained about. A complaint the caller may not see is not found, whatever the move.
/// </summary>
public sealed class ComplaintMutations : IMutationFields
{
    public void AddTo(MutationType mutation)
    {
        mutation.Mutation<FileComplaintInputType, ComplaintPayloadType>("fileComplaint",
                "Record a job seeker's complaint against the Office or an operator, on an engagement open to complaint; another party's engagement is ENGAGEMENT_NOT_APPLICABLE.")
            .RequireScope(Scopes.ComplaintsWrite)
            .Runs<FileComplaintInput, Complaint>(ComplaintFilingResolver.FileAsync);

        Move<AcknowledgeComplaintInputType>(mutation, "acknowledgeComplaint",
            "The respondent acknowledges receipt (RECEIVED → ACKNOWLEDGED).",
            (complaint, input, actor, now) => complaint.Acknowledge(actor, now));
        Move<StartComplaintReviewInputType>(mutation, "startComplaintReview",
            "The respondent starts the review (ACKNOWLEDGED → UNDER_REVIEW).",
            (complaint, input, actor, now) => complaint.StartReview(actor, now));
        Move<AnswerComplaintInputType>(mutation, "answerComplaint",
            "The respondent answers with a finding and a motivated text (UNDER_REVIEW → ANSWERED).",
            (complaint, input, actor, now) => complaint.AnswerWith(actor, input.Finding!.Value, input.Text ?? string.Empty, now));
        Move<CloseComplaintInputType>(mutation, "closeComplaint",
            "The respondent closes an answered complaint (ANSWERED → CLOSED).",
            (complaint, input, actor, now) => complaint.Close(actor, now));
        Move<WithdrawComplaintInputType>(mutation, "withdrawComplaint",
            "The recorder or the respondent records the job seeker's withdrawal of an open complaint (→ WITHDRAWN).",
            (complaint, input, actor, now) => complaint.Withdraw(actor, input.Reason, now));
    }

    private static void Move<TInputType>(
        MutationType mutation, string name, string description,
        Func<Complaint, ComplaintMoveInput, NetworkActor, DateTime, Result<Complaint>> move)
        where TInputType : ComplaintMoveInputType =>
        mutation.Mutation<TInputType, ComplaintPayloadType>(name, description)
            .RequireScope(Scopes.ComplaintsWrite)
            // A move changes no count the Commission sees (complaints received by engagement, respondent and month):
            // only a filing reaches its feed.
            .Runs<ComplaintMoveInput, Complaint>(async scope =>
            {
                var complaint = await scope.FindAsync(scope.Db.Complaints.VisibleTo(scope.Actor), scope.Input.ComplaintId, ComplaintNode.TypeName);
                return complaint is null
                    ? Change<Complaint>.NotFound("input.complaintId")
                    : Change<Complaint>.Of(move(complaint, scope.Input, scope.Actor, scope.Now));
            });
}
