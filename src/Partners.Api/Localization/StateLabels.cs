using Partners.Domain.Complaints;
using Partners.Domain.Contracts;
using Partners.Domain.Difficulties;
using Partners.Domain.Disputes;
using Partners.Domain.Offers;
using Partners.Domain.Referrals;

namespace Partners.Api.Localization;

/// <summary>
/// How a state reads in a message to a person: a refusal names states in words ("en cours"), never as the code's
/// identifiers (<c>InProgress</c>). A state without a label here reads as the API's enum value (<c>IN_PROGRESS</c>).
/// </summary>
internal sealed class StateLabels : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        [Messages.EnumKey(ReferralStatus.Sent)] = ("envoyé", "sent"),
        [Messages.EnumKey(ReferralStatus.Received)] = ("reçu", "received"),
        [Messages.EnumKey(ReferralStatus.Accepted)] = ("candidature acceptée", "candidacy accepted"),
        [Messages.EnumKey(ReferralStatus.Refused)] = ("candidature refusée", "candidacy refused"),
        [Messages.EnumKey(ReferralStatus.Waitlisted)] = ("liste d'attente", "waiting list"),
        [Messages.EnumKey(ReferralStatus.InProgress)] = ("prestation en cours", "service in progress"),
        [Messages.EnumKey(ReferralStatus.Completed)] = ("prestation terminée", "service completed"),
        [Messages.EnumKey(ReferralStatus.Abandoned)] = ("abandon", "abandoned"),
        [Messages.EnumKey(ReferralStatus.Cancelled)] = ("annulé", "cancelled"),
        [Messages.EnumKey(ContractStatus.Draft)] = ("projet", "draft"),
        [Messages.EnumKey(ContractStatus.Active)] = ("actif", "active"),
        [Messages.EnumKey(ContractStatus.Suspended)] = ("suspendu", "suspended"),
        [Messages.EnumKey(ContractStatus.Terminated)] = ("résilié", "terminated"),
        [Messages.EnumKey(ContractStatus.Expired)] = ("expiré", "expired"),
        [Messages.EnumKey(OfferStatus.Draft)] = ("brouillon", "draft"),
        [Messages.EnumKey(OfferStatus.Published)] = ("publiée", "published"),
        [Messages.EnumKey(OfferStatus.Suspended)] = ("suspendue", "suspended"),
        [Messages.EnumKey(OfferStatus.Archived)] = ("archivée", "archived"),
        [Messages.EnumKey(ComplaintStatus.Received)] = ("reçue", "received"),
        [Messages.EnumKey(ComplaintStatus.Acknowledged)] = ("accusé de réception envoyé", "acknowledged"),
        [Messages.EnumKey(ComplaintStatus.UnderReview)] = ("en cours d'examen", "under review"),
        [Messages.EnumKey(ComplaintStatus.Answered)] = ("répondue", "answered"),
        [Messages.EnumKey(ComplaintStatus.Closed)] = ("clôturée", "closed"),
        [Messages.EnumKey(ComplaintStatus.Withdrawn)] = ("retirée", "withdrawn"),
        [Messages.EnumKey(DisputeStatus.Filed)] = ("introduit", "filed"),
        [Messages.EnumKey(DisputeStatus.InMediation)] = ("en médiation", "in mediation"),
        [Messages.EnumKey(DisputeStatus.Settled)] = ("réglé par la médiation", "settled"),
        [Messages.EnumKey(DisputeStatus.InArbitration)] = ("en arbitrage", "in arbitration"),
        [Messages.EnumKey(DisputeStatus.Decided)] = ("tranché", "decided"),
        [Messages.EnumKey(DisputeStatus.Inadmissible)] = ("irrecevable", "inadmissible"),
        [Messages.EnumKey(DisputeStatus.Withdrawn)] = ("retiré", "withdrawn"),
        [Messages.EnumKey(RecurringDifficultyStatus.Open)] = ("ouverte", "open"),
        [Messages.EnumKey(RecurringDifficultyStatus.Acknowledged)] = ("prise en compte", "acknowledged"),
        [Messages.EnumKey(RecurringDifficultyStatus.Closed)] = ("clôturée", "closed"),
    };
}
