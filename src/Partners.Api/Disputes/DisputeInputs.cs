using Partners.Domain.Disputes;
using GraphQL.Types;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Organisations;
using Partners.Domain.Organisations;

namespace Partners.Api.Disputes;

public sealed record FileDisputeInput(string RespondentOrganisationId, string Subject, string Description, Region? Region, string? InvitedRepresentatives, IReadOnlyList<string>? ReferralIds);

/// <summary>The input of every dispute move; each input type declares only the fields its move reads.</summary>
public sealed record DisputeMoveInput
{
    public string DisputeId { get; init; } = string.Empty;

    public string? Text { get; init; }

    public string? Reason { get; init; }
}

public sealed class FileDisputeInputType : InputObjectGraphType<FileDisputeInput>
{
    public FileDisputeInputType()
    {
        Name = "FileDisputeInput";
        Description = "A dispute to bring before the Commission des opérateurs (différend, art. 16 §2 4°): the Office against an operator, or an operator against the Office.";
        Field<NonNullGraphType<IdGraphType>>("respondentOrganisationId").Description("The other party: an operator the Office has a cooperation contract with, or the Office.");
        Field<NonNullGraphType<StringGraphType>>("subject").Description("What the dispute is about, in a line.").MaxLength(Dispute.MaxSubjectLength);
        Field<NonNullGraphType<StringGraphType>>("description").Description("The dispute, stated.").MaxLength(Dispute.MaxTextLength);
        Field<RegionType>("region").Description("The directorate of a sub-regional matter (art. 16 §4).");
        Field<StringGraphType>("invitedRepresentatives").Description("The directorate's representatives to invite (art. 16 §4); needs `region`.").MaxLength(Dispute.MaxTextLength);
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("referralIds")
            .Description($"The referrals the dispute is about, if it concerns particular people (at most {Dispute.MaxReferrals}): each a referral by the Office party to the operator party. Their people are not anonymised while the dispute is open (RGPD art. 5.1 e).");
    }
}

/// <summary>The input of a move of a dispute; each mutation names its own type, with the fields it reads.</summary>
public abstract class DisputeMoveInputType : InputObjectGraphType<DisputeMoveInput>
{
    protected DisputeMoveInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("disputeId").Description("The dispute.");
    }

    protected void AddText(string description) => Field<NonNullGraphType<StringGraphType>>("text").Description(description).MaxLength(Dispute.MaxTextLength);
}

public sealed class StartMediationInputType() : DisputeMoveInputType("StartMediationInput", "The Commission opens the mediation of a filed dispute.");

public sealed class ReferDisputeToArbitrationInputType() : DisputeMoveInputType("ReferDisputeToArbitrationInput", "The Commission refers a mediation that failed to arbitration.");

public sealed class SettleDisputeInputType : DisputeMoveInputType
{
    public SettleDisputeInputType()
        : base("SettleDisputeInput", "The Commission records the agreement that ends a mediation.") =>
        AddText("The agreement reached (accord de médiation).");
}

public sealed class DecideDisputeInputType : DisputeMoveInputType
{
    public DecideDisputeInputType()
        : base("DecideDisputeInput", "The Commission records its arbitration decision.") =>
        AddText("The decision (sentence arbitrale).");
}

public sealed class WithdrawDisputeInputType : DisputeMoveInputType
{
    public WithdrawDisputeInputType()
        : base("WithdrawDisputeInput", "The filer withdraws its open dispute.") =>
        Field<StringGraphType>("reason").Description("Why, if the filer says.").MaxLength(1000);
}
