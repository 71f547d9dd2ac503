using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.GraphQL.Relay;
using Partners.Api.JobSeekers;
using Partners.Api.Offers;
using Partners.Api.Organisations;
using Partners.Domain.Common;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

public sealed class ReferralNode : NodeGraphType<Referral>
{
    public const string TypeName = "Referral";

    public ReferralNode()
        : base(TypeName, "A referral (adressage / orientation, décret du 12 janvier 2012, art. 13 5°): the Office refers a job seeker to an operator's offer; the operator answers, follows and evaluates (art. 14 4°–7°).", r => r.Id)
    {
        Field<NonNullGraphType<ReferralStatusType>>("status").Description("Where the referral stands.").Reads(nameof(Referral.Status)).Resolve(c => c.Source.Status);
        Field<JobSeekerNode>("jobSeeker")
            .Description("The job seeker referred (demandeur d'emploi); each data category is guarded on its own.")
            .Reads(nameof(Referral.JobSeekerId)).Resolve(c => c.LoadJobSeeker(c.Source.JobSeekerId));
        Field<NonNullGraphType<OfferNode>>("offer").Description("The offer of services referred to.")
            .Reads(nameof(Referral.OfferId)).Resolve(c => c.LoadOffer(c.Source.OfferId));
        Field<NonNullGraphType<OrganisationNode>>("operator").Description("The receiving operator (opérateur).")
            .Reads(nameof(Referral.OperatorOrganisationId)).Resolve(c => c.LoadOrganisation(c.Source.OperatorOrganisationId));
        Field<NonNullGraphType<OrganisationNode>>("referringOrganisation").Description("The referring organisation: the Office (le Forem).")
            .Reads(nameof(Referral.ReferringOrganisationId)).Resolve(c => c.LoadOrganisation(c.Source.ReferringOrganisationId));
        this.Member(r => r.ProfessionalObjective).Description("The professional objective of the action plan (objectif professionnel, art. 8) the referral serves.");
        this.Member(r => r.Note, nullable: true).Description("The counsellor's note to the operator.");
        this.Member(r => r.ReferredToWaitingList).Description("True when the offer had no seat left at referral time (liste d'attente).");
        this.Member(r => r.CreatedAt).Description("When the referral was sent.");
        this.Member(r => r.UpdatedAt).Description("When the referral last changed.");
        this.Member(r => r.AnswerDueOn).Description("Last day for the candidacy result (art. 14 5°).");
        Field<NonNullGraphType<BooleanGraphType>>("overdue")
            .Description("No candidacy result yet and the answer period is over (réponse en retard).")
            .Reads(nameof(Referral.Status), nameof(Referral.AnswerDueOn)).Resolve(c => c.Source.Overdue(c.Service<IClock>().Today));
        Field<CandidacyResultType>("candidacyResult").Description("The candidacy result (suite réservée, art. 14 4°–5°), once given.")
            .Reads(nameof(Referral.CandidacyResult)).Resolve(c => c.Source.CandidacyResult);
        this.Member(r => r.InformationDueOn, nullable: true).Description("Last day to tell the person of the current candidacy result (art. 14 5°).");
        this.Member(r => r.JobSeekerInformedOn, nullable: true).Description("The day the operator told the person of the current result (art. 14 5°).");
        Field<InformationChannelType>("jobSeekerInformedBy").Description("How the operator told the person (art. 14 5°).").Reads(nameof(Referral.JobSeekerInformedBy)).Resolve(c => c.Source.JobSeekerInformedBy);
        Field<NonNullGraphType<BooleanGraphType>>("informationOverdue")
            .Description("A result was given and the person was not told of it within the information period (not yet, or late): counted like an overdue answer.")
            .Reads(nameof(Referral.InformationDueOn), nameof(Referral.JobSeekerInformedOn)).Resolve(c => c.Source.InformationOverdue(c.Service<IClock>().Today));
        this.Member(r => r.ServiceStartedOn, nullable: true).Description("The day the service started.");
        this.Member(r => r.ServiceEndedOn, nullable: true).Description("The day the service ended.");
        Field<ServiceOutcomeType>("outcome").Description("How the service ended.").Reads(nameof(Referral.Outcome)).Resolve(c => c.Source.Outcome);
        Field<ServiceEvaluationType>("evaluation").Description("The evaluation made with the job seeker (art. 14 7°).")
            .Reads(nameof(Referral.Evaluation)).Resolve(c => c.Source.Evaluation);
        Field<NonNullGraphType<ConnectionType<ServiceEventType, ServiceEvent>>>("events")
            .Description("Events during the service and proposed adjustments (art. 14 6°), oldest first: by when they were reported, then id. Paged only (no `where` or `order`).")
            .Arguments(Paging.Arguments())
            .Reads().Resolve(c => c.LoadReferralEvents(c.Source.Id).Paged(c, q => q.OrderBy(e => e.ReportedAt).ThenBy(e => e.Id)));
        Field<NonNullGraphType<ConnectionType<ReferralHistoryEntryType, ReferralHistoryEntry>>>("history")
            .Description("Every change of state: who, when, from, to, why; oldest first: by time, then id. Paged only (no `where` or `order`).")
            .Arguments(Paging.Arguments())
            .Reads().Resolve(c => c.LoadReferralHistory(c.Source.Id).Paged(c, q => q.OrderBy(h => h.At).ThenBy(h => h.Id)));
        this.Member(r => r.Version).Description("The version of the referral, incremented on every change.");
    }
}
