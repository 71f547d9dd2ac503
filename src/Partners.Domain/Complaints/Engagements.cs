namespace Partners.Domain.Complaints;

/// <summary>
/// The catalogue of engagements open to complaint, as the decree of 12 January 2012 words them: the Office's
/// (Art. 13 11°: 1° to 3°, 5°, 7° to 10°) and the operator's (Art. 14 8°: 2° to 7°). Used to seed the
/// <see cref="Engagement"/> table; the table, not this class, is what filing reads.
/// </summary>
public static class Engagements
{
    public const string Office13_1 = "OFFICE_13_1";
    public const string Office13_2 = "OFFICE_13_2";
    public const string Office13_3 = "OFFICE_13_3";
    public const string Office13_5 = "OFFICE_13_5";
    public const string Office13_7 = "OFFICE_13_7";
    public const string Office13_8 = "OFFICE_13_8";
    public const string Office13_9 = "OFFICE_13_9";
    public const string Office13_10 = "OFFICE_13_10";
    public const string Operator14_2 = "OPERATOR_14_2";
    public const string Operator14_3 = "OPERATOR_14_3";
    public const string Operator14_4 = "OPERATOR_14_4";
    public const string Operator14_5 = "OPERATOR_14_5";
    public const string Operator14_6 = "OPERATOR_14_6";
    public const string Operator14_7 = "OPERATOR_14_7";

    /// <summary>Every engagement open to complaint, in the order of the decree.</summary>
    public static IReadOnlyList<Engagement> All { get; } =
    [
        Office(Office13_1, "13 1°",
            "informer le demandeur d'emploi des engagements et obligations relatifs à l'accompagnement individualisé",
            "inform the job seeker of the engagements and duties of the individualised accompaniment"),
        Office(Office13_2, "13 2°",
            "désigner un conseiller référent pour l'accompagnement individualisé du demandeur d'emploi dès le premier entretien en vue de l'établissement du bilan",
            "designate a referent counsellor for the job seeker's individualised accompaniment from the first interview towards the assessment"),
        Office(Office13_3, "13 3°",
            "faciliter l'intermédiation entre le demandeur d'emploi et les employeurs",
            "facilitate intermediation between the job seeker and employers"),
        Office(Office13_5, "13 5°",
            "garantir l'accueil, l'information et le conseil au demandeur d'emploi dans la recherche des prestations et des services utiles à la réalisation du ou des objectifs professionnels à atteindre à travers le plan d'actions; en concertation avec le demandeur d'emploi, le conseiller référent oriente celui-ci vers des prestations appropriées selon des modalités définies notamment en matière d'adressage",
            "guarantee reception, information and advice to the job seeker in the search for services useful to the professional objectives of the action plan; with the job seeker, the referent counsellor orients them to appropriate services, notably by referral"),
        Office(Office13_7, "13 7°",
            "valoriser aux fins d'adaptation et d'évaluation du plan d'actions, les compétences acquises par le demandeur d'emploi et considérer les éventuelles propositions d'actions subséquentes ou concomitantes faites par le ou les opérateurs",
            "recognise the skills the job seeker acquired, to adapt and evaluate the action plan, and consider the operators' proposals of further or concurrent actions"),
        Office(Office13_8, "13 8°",
            "fournir au demandeur d'emploi copie du plan d'actions le concernant",
            "give the job seeker a copy of their action plan"),
        Office(Office13_9, "13 9°",
            "évaluer l'atteinte du ou des objectifs professionnels du plan d'actions",
            "evaluate whether the professional objectives of the action plan were reached"),
        Office(Office13_10, "13 10°",
            "clôturer l'accompagnement individualisé",
            "close the individualised accompaniment"),
        Operator(Operator14_2, "14 2°",
            "communiquer à l'Office son offre de prestations et en garantir la visibilité",
            "communicate its offer of services to the Office and make it visible"),
        Operator(Operator14_3, "14 3°",
            "diffuser les modalités d'accueil et celles concernant les séances d'informations relatives à ses prestations, favoriser l'accessibilité de son offre de prestations aux demandeurs d'emploi référés par le conseiller référent et garantir, directement ou indirectement, l'accueil, l'information et le conseil aux demandeurs d'emploi dans la recherche des prestations et des services utiles à la réalisation du ou des objectifs professionnels repris dans le plan d'actions",
            "publish its intake and information-session arrangements, make its offer accessible to job seekers referred by the referent counsellor, and guarantee, directly or not, reception, information and advice towards the objectives of the action plan"),
        Operator(Operator14_4, "14 4°",
            "accueillir le demandeur d'emploi orienté par le conseiller référent et analyser la candidature par rapport à la prestation, au regard du plan d'actions",
            "receive the job seeker referred by the referent counsellor and analyse the candidacy against the service, in the light of the action plan"),
        Operator(Operator14_5, "14 5°",
            "informer le demandeur d'emploi et son conseiller référent du résultat de l'analyse de la candidature par rapport à la prestation et à l'adéquation de la prestation au regard du plan d'actions",
            "inform the job seeker and their referent counsellor of the result of the candidacy analysis and of the fit of the service with the action plan"),
        Operator(Operator14_6, "14 6°",
            "soutenir et suivre le demandeur d'emploi pendant la réalisation de la prestation convenue ainsi qu'informer le conseiller-référent de tout événement susceptible d'avoir une incidence sur la réalisation de l'action en cours et, le cas échéant, lui proposer des ajustements",
            "support and follow the job seeker during the agreed service, tell the referent counsellor of any event that may affect it and, where needed, propose adjustments"),
        Operator(Operator14_7, "14 7°",
            "évaluer, en concertation avec le demandeur d'emploi, l'apport de la prestation au regard du ou des objectifs professionnels et s'assurer de la communication de ces résultats au conseiller référent",
            "evaluate, with the job seeker, what the service brought towards the professional objectives, and make sure the results reach the referent counsellor"),
    ];

    private static Engagement Office(string code, string article, string fr, string en) =>
        new(code, article, EngagementParty.Office, fr, en);

    private static Engagement Operator(string code, string article, string fr, string en) =>
        new(code, article, EngagementParty.Operator, fr, en);
}
