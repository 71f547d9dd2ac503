using Partners.Domain.Offers;
using Partners.Domain.Organisations;
using static Partners.Api.Seed.DemoOrganisations;

namespace Partners.Api.Seed;

/// <summary>One demo offer: who offers it, where, how many seats, its status and the target groups it is restricted to.</summary>
public sealed record DemoOffer(
    string Title, string Operator, ServiceType ServiceType, Region Region, string Municipality, string PostalCode,
    string Objectives, int Capacity, int SeatsTaken, OfferStatus Status, string[] TargetGroups, int StartsInDays);

/// <summary>The demo network's offers of services, by title, shared by the seed parts (referrals pick offers by title) and the tests.</summary>
public static class DemoOffers
{
    /// <summary>Published, no seat left: referrals go to the waiting list.</summary>
    public const string Full = "Alphabétisation et français langue étrangère";

    /// <summary>Published, restricted to young people under 25.</summary>
    public const string ForYouth = "EFT espaces verts";

    /// <summary>Published by the ISP demo client's operator (isp-demo), open to all.</summary>
    public const string IspOpen = "Formation commis de cuisine";

    /// <summary>A draft of the ISP demo client's operator: no other organisation sees it.</summary>
    public const string IspDraft = "Formation logistique et cariste";

    public const string Suspended = "Orientation socioprofessionnelle à Charleroi";

    /// <summary>Published by the reconversion unit: takes only the workers of its plan.</summary>
    public const string Reconversion = "Reconversion Verlaine : bilan de compétences";

    public static IReadOnlyList<DemoOffer> All { get; } =
    [
        new("Article 60 : mise à l'emploi au CPAS de Liège", CpasLiege, ServiceType.WorkExperience, Region.Liege, "Liège", "4000", "Acquérir une expérience professionnelle et ouvrir le droit aux allocations de chômage.", 10, 4, OfferStatus.Published, ["INTEGRATION_INCOME"], 14),
        new("Atelier recherche d'emploi pour bénéficiaires du RIS", CpasLiege, ServiceType.JobSearchSupport, Region.Liege, "Liège", "4020", "Rédiger un CV, préparer un entretien et cibler des employeurs.", 12, 3, OfferStatus.Published, ["INTEGRATION_INCOME"], 7),
        new(Full, CpasLiege, ServiceType.BasicSkills, Region.Liege, "Seraing", "4100", "Lire, écrire et parler le français de la vie professionnelle.", 12, 12, OfferStatus.Published, [], 10),
        new("Accompagnement social et professionnel des jeunes", CpasLiege, ServiceType.Guidance, Region.Liege, "Liège", "4000", "Lever les freins sociaux et construire un projet professionnel.", 8, 0, OfferStatus.Draft, ["YOUTH_UNDER_25"], 30),
        new("Tremplin emploi article 60 à Charleroi", CpasCharleroi, ServiceType.WorkExperience, Region.Charleroi, "Charleroi", "6000", "Une première expérience de travail encadrée sous article 60 §7.", 15, 6, OfferStatus.Published, ["INTEGRATION_INCOME"], 21),
        new("Coaching vers l'emploi des plus de 50 ans", CpasCharleroi, ServiceType.Coaching, Region.Charleroi, "Charleroi", "6000", "Valoriser l'expérience et retrouver un emploi durable.", 10, 2, OfferStatus.Published, ["OVER_50"], 12),
        new("Permis de conduire et mobilité", CpasCharleroi, ServiceType.Other, Region.Charleroi, "Marcinelle", "6001", "Préparer le permis théorique et organiser ses déplacements vers l'emploi.", 16, 5, OfferStatus.Published, [], 9),
        new(Suspended, CpasCharleroi, ServiceType.Orientation, Region.Charleroi, "Charleroi", "6000", "Explorer les métiers et choisir une formation.", 12, 0, OfferStatus.Suspended, [], 40),
        new("Formation aide-ménager·ère", IspWithClause, ServiceType.Training, Region.Liege, "Liège", "4000", "Se former au métier d'aide-ménager·ère et obtenir une attestation.", 12, 7, OfferStatus.Published, ["LOW_QUALIFIED"], 20),
        new(IspOpen, IspWithClause, ServiceType.Training, Region.Liege, "Herstal", "4040", "Apprendre les bases du métier de commis de cuisine en cuisine réelle.", 10, 4, OfferStatus.Published, [], 15),
        new("Orientation métiers du bâtiment", IspWithClause, ServiceType.Orientation, Region.Huy, "Huy", "4500", "Découvrir les métiers du bâtiment par des essais en atelier.", 14, 1, OfferStatus.Published, [], 8),
        new("Remise à niveau en mathématiques et français", IspWithClause, ServiceType.BasicSkills, Region.Verviers, "Verviers", "4800", "Atteindre le niveau d'entrée des formations qualifiantes.", 15, 9, OfferStatus.Published, [], 5),
        new(IspDraft, IspWithClause, ServiceType.Training, Region.Liege, "Grâce-Hollogne", "4460", "Se former à la logistique et au permis cariste.", 10, 0, OfferStatus.Draft, [], 60),
        new("Entreprise de formation par le travail : menuiserie", IspNoClause, ServiceType.WorkExperience, Region.Mons, "Mons", "7000", "Apprendre la menuiserie en produisant pour de vrais clients.", 8, 5, OfferStatus.Published, ["LOW_QUALIFIED", "LONG_TERM_JOB_SEEKERS"], 18),
        new(ForYouth, IspNoClause, ServiceType.WorkExperience, Region.Mons, "Jemappes", "7012", "Entretenir des espaces verts et acquérir les gestes du métier.", 10, 3, OfferStatus.Published, ["YOUTH_UNDER_25"], 11),
        new("Validation des compétences : ouvrier de voirie", IspNoClause, ServiceType.SkillsValidation, Region.Tournai, "Tournai", "7500", "Faire reconnaître ses compétences d'ouvrier de voirie par un titre.", 6, 1, OfferStatus.Published, [], 25),
        new("Atelier couture et retouches", IspNoClause, ServiceType.Training, Region.LaLouviere, "La Louvière", "7100", "Se former aux retouches et à la couture d'ameublement.", 8, 8, OfferStatus.Archived, [], -60),
        new("Détermination de projet professionnel", IspThird, ServiceType.Orientation, Region.Namur, "Namur", "5000", "Choisir un métier réaliste et un plan pour y arriver.", 12, 6, OfferStatus.Published, [], 6),
        new("Job coaching personnalisé", IspThird, ServiceType.Coaching, Region.Namur, "Jambes", "5100", "Un coach suit la recherche d'emploi et les premiers mois au travail.", 10, 8, OfferStatus.Published, ["LONG_TERM_JOB_SEEKERS"], 4),
        new("Insertion des personnes en situation de handicap", IspThird, ServiceType.Guidance, Region.Nivelles, "Nivelles", "1400", "Construire un projet d'emploi adapté avec un accompagnement spécialisé.", 8, 2, OfferStatus.Published, ["DISABILITY"], 16),
        new("Recherche active d'emploi à Arlon", IspThird, ServiceType.JobSearchSupport, Region.Arlon, "Arlon", "6700", "Cibler les employeurs du Luxembourg belge et grand-ducal.", 12, 4, OfferStatus.Published, [], 13),
        new("Français langue étrangère pour primo-arrivants", IspThird, ServiceType.BasicSkills, Region.Mouscron, "Mouscron", "7700", "Communiquer en français au travail et dans les démarches.", 14, 10, OfferStatus.Published, ["NEWCOMERS"], 3),
        new(Reconversion, ReconversionUnit, ServiceType.SkillsValidation, Region.Charleroi, "Charleroi", "6000", "Faire le point sur les compétences des travailleurs licenciés de Verlaine Industries.", 40, 12, OfferStatus.Published, [], 2),
        new("Reconversion Verlaine : recherche d'emploi accompagnée", ReconversionUnit, ServiceType.JobSearchSupport, Region.Charleroi, "Gosselies", "6041", "Retrouver un emploi après le licenciement collectif, avec un conseiller dédié.", 40, 20, OfferStatus.Published, [], 9),
    ];
}
