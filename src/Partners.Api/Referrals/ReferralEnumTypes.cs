using Partners.Api.GraphQL;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

public sealed class ReferralStatusType() : DescribedEnumType<ReferralStatus>(
    "ReferralStatus",
    "The states of a referral (adressage, décret du 12 janvier 2012, art. 13 5°, art. 14 4°–7°).",
    ("SENT", "Sent by the Office's referent counsellor (envoyé)."),
    ("RECEIVED", "Received by the operator, candidacy under analysis (reçu, art. 14 4°)."),
    ("ACCEPTED", "Candidacy accepted (candidature acceptée, art. 14 5°)."),
    ("REFUSED", "Candidacy refused, with a coded reason and a motivation (candidature refusée, art. 14 5°)."),
    ("WAITLISTED", "Candidacy on the waiting list (liste d'attente, art. 14 5°)."),
    ("IN_PROGRESS", "The service is running (prestation en cours, art. 14 6°)."),
    ("COMPLETED", "The service ended and was evaluated (prestation terminée, art. 14 7°)."),
    ("ABANDONED", "The service was abandoned (abandon, art. 14 7°)."),
    ("CANCELLED", "Withdrawn by the referring side (annulé)."));

public sealed class RefusalReasonType() : DescribedEnumType<RefusalReason>(
    "RefusalReason",
    "The coded reason of a refused candidacy (motif de refus, art. 14 4°–5°).",
    ("UNREACHABLE", "The job seeker could not be reached (injoignable)."),
    ("DID_NOT_ATTEND_INTAKE", "The job seeker did not come to the intake (absent à l'accueil)."),
    ("NOT_ELIGIBLE", "The job seeker does not meet the offer's conditions (non éligible)."),
    ("PREREQUISITES_NOT_MET", "Prerequisites not met (prérequis non rencontrés)."),
    ("NO_SEATS", "No seat left (plus de place)."),
    ("NOT_INTERESTED", "The job seeker is not interested (pas intéressé)."),
    ("FOUND_EMPLOYMENT", "The job seeker found a job (a trouvé un emploi)."),
    ("IN_OTHER_TRAINING", "The job seeker is in another training (en autre formation)."),
    ("NOT_MOBILE", "The job seeker cannot travel to the place of service (non mobile)."),
    ("BARRIERS_TO_ADDRESS_FIRST", "Other barriers must be addressed first (freins à lever d'abord)."),
    ("DUPLICATE", "A duplicate of another referral (doublon)."),
    ("OTHER", "Another reason, told in the motivation (autre)."));

public sealed class CandidacyDecisionType() : DescribedEnumType<CandidacyDecision>(
    "CandidacyDecision",
    "The result of the analysis of a candidacy (suite réservée à la candidature, art. 14 4°–5°).",
    ("ACCEPTED", "Accepted into the offer."),
    ("REFUSED", "Refused, with a coded reason and a motivation."),
    ("WAITLISTED", "Put on the waiting list."));

public sealed class ServiceOutcomeType() : DescribedEnumType<ServiceOutcome>(
    "ServiceOutcome",
    "How a service ended (fin de prestation, art. 14 7°).",
    ("COMPLETED", "Followed to its end (terminée)."),
    ("ABANDONED", "Abandoned before its end (abandon)."));

public sealed class ObjectiveAttainmentType() : DescribedEnumType<ObjectiveAttainment>(
    "ObjectiveAttainment",
    "How far the service brought the job seeker toward the objective (évaluation, art. 14 7°).",
    ("REACHED", "Objective reached (atteint)."),
    ("PARTLY_REACHED", "Objective partly reached (partiellement atteint)."),
    ("NOT_REACHED", "Objective not reached (non atteint)."));

public sealed class ServiceEventKindType() : DescribedEnumType<ServiceEventKind>(
    "ServiceEventKind",
    "The kind of an event during the service (événement, art. 14 6°).",
    ("ABSENCE", "An absence (absence)."),
    ("INCIDENT", "An incident (incident)."),
    ("PROGRESS_NOTE", "A note on progress (note de suivi)."),
    ("ADJUSTMENT_PROPOSAL", "A proposed adjustment of the service (proposition d'adaptation)."),
    ("OTHER", "Another event (autre)."));
