using Partners.Domain.Common;
using Partners.Domain.Complaints;
using Partners.Domain.Contracts;
using Partners.Domain.Difficulties;
using Partners.Domain.Disputes;
using Partners.Domain.Organisations;
using static Partners.Api.Seed.DemoOrganisations;

namespace Partners.Api.Seed;

/// <summary>What <see cref="CommissionSeed"/> makes: each object with the moves that bring it to its demo state.</summary>
internal sealed class CommissionSeedData(IReadOnlyDictionary<string, NetworkActor> actors, DateTime now)
{
    public IReadOnlyDictionary<string, NetworkActor> Actors => actors;

    public DateTime Now => now;

    public NetworkActor Office => actors[DemoOrganisations.Office];

    private NetworkActor CommissionActor => actors[DemoOrganisations.Commission];

    public IReadOnlyList<(NetworkActor Filer, NetworkActor Respondent, string Subject, Action<Dispute, DisputeClause>[] Moves)> Disputes =>
    [
        (Office, Named(CpasCharleroi), "Délais de transmission des évaluations de fin de prestation", []),
        (actors[IspWithClause], Office, "Répartition des séances d'information à Liège", [Mediate]),
        (actors[CpasLiege], Office, "Accès des assistants sociaux aux plans d'actions", [Mediate, (d, _) => d.Settle(CommissionActor, "Accord : accès en lecture au volet parcours, sous consentement.", now)]),
        (Office, Named(IspWithClause), "Taux de réponse aux candidatures adressées", [Mediate, (d, clause) => d.ReferToArbitration(CommissionActor, clause, now)]),
        (actors[IspNoClause], Office, "Calcul des places disponibles de l'EFT", []),
    ];

    public IReadOnlyList<(string Respondent, string EngagementCode, string Description, int DaysAgo, Action<Complaint, NetworkActor>[] Moves)> Complaints =>
    [
        (DemoOrganisations.Office, Engagements.Office13_2, "Aucun conseiller référent désigné après trois mois.", 2, []),
        (IspWithClause, Engagements.Operator14_4, "Candidature restée sans analyse.", 10, [Acknowledge]),
        (CpasLiege, Engagements.Operator14_5, "Résultat de la candidature jamais communiqué.", 20, [Acknowledge, Review]),
        (IspThird, Engagements.Operator14_6, "Aucun suivi pendant le stage.", 40, [Acknowledge, Review, (c, a) => c.AnswerWith(a, ComplaintFinding.PartlyFounded, "Le suivi a été irrégulier en mai ; un référent est désormais désigné.", now)]),
        (DemoOrganisations.Office, Engagements.Office13_8, "Copie du plan d'actions non reçue.", 60, [Acknowledge, Review, (c, a) => c.AnswerWith(a, ComplaintFinding.Founded, "La copie a été envoyée.", now), (c, a) => c.Close(a, now)]),
        (IspWithClause, Engagements.Operator14_3, "Séance d'information annulée sans prévenir.", 15, [(c, a) => c.Withdraw(Office, "La personne a été replacée dans une autre séance.", now)]),
    ];

    public IEnumerable<RecurringDifficulty> Difficulties()
    {
        yield return RecurringDifficulty.Report(Office, "Candidatures sans réponse dans le délai", "Des réponses aux candidatures arrivent après le délai de 15 jours chez plusieurs opérateurs.", null, now.AddDays(-12)).Value!;
        yield return RecurringDifficulty.Report(actors[IspThird], "Mobilité des stagiaires en zone rurale", "Les stagiaires de la région namuroise ne peuvent rejoindre les lieux de formation en transports en commun.", Region.Namur, now.AddDays(-8)).Value!;
        var acknowledged = RecurringDifficulty.Report(actors[CpasLiege], "Documents d'inscription incomplets", "Les attestations d'inscription manquent souvent au moment de l'adressage.", Region.Liege, now.AddDays(-30)).Value!;
        acknowledged.Acknowledge(CommissionActor, now.AddDays(-25));
        yield return acknowledged;
    }

    private NetworkActor Named(string name) => actors[name];

    private void Mediate(Dispute dispute, DisputeClause clause) => dispute.StartMediation(CommissionActor, now);

    private void Acknowledge(Complaint complaint, NetworkActor respondent) => complaint.Acknowledge(respondent, now);

    private void Review(Complaint complaint, NetworkActor respondent) => complaint.StartReview(respondent, now);
}
