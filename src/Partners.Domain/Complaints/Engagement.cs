namespace Partners.Domain.Complaints;

/// <summary>
/// An engagement open to complaint (engagement, decree Art. 13 11° and Art. 14 8°): reference data stored in a
/// table, because a change of the law is a change of data. Seeded from <see cref="Engagements"/>.
/// </summary>
public sealed class Engagement
{
    public Engagement(string code, string article, EngagementParty party, string wordingFr, string wordingEn)
    {
        Code = code;
        Article = article;
        Party = party;
        WordingFr = wordingFr;
        WordingEn = wordingEn;
    }

    /// <summary>The stable code of the contract, e.g. <c>OFFICE_13_1</c>.</summary>
    public string Code { get; private set; }

    /// <summary>The article and item, e.g. <c>13 1°</c>.</summary>
    public string Article { get; private set; }

    public EngagementParty Party { get; private set; }

    /// <summary>The wording of the decree.</summary>
    public string WordingFr { get; private set; }

    public string WordingEn { get; private set; }
}
