using Partners.Domain.Common;
using Partners.Domain.Organisations;

namespace Partners.Domain.JobSeekers;

/// <summary>
/// A job seeker (demandeur d'emploi): the person accompanied, the data subject, never a client of the API.
/// The four data categories are sub-objects, each guarded on its own (domain.md, "The boundaries").
/// </summary>
public sealed partial class JobSeeker
{
    private JobSeeker()
    {
    }

    public long Id { get; set; }

    /// <summary>National number (numéro d'identification à la sécurité sociale), 11 digits, mod-97 checked.</summary>
    public string Niss { get; private set; } = "";

    /// <summary>The regional directorate (Direction régionale) that follows the person.</summary>
    public Region? Region { get; set; }

    public JobSeekerIdentity Identity { get; set; } = null!;

    public JobSeekerPathway Pathway { get; set; } = new();

    public JobSeekerSocial Social { get; set; } = new();

    public JobSeekerHealth Health { get; set; } = new();

    /// <summary>A new job seeker; refuses a bad NISS with <see cref="ErrorCodes.InvalidNiss"/>.</summary>
    public static Result<JobSeeker> Create(string niss, JobSeekerIdentity identity, Region? region = null) =>
        Checksums.IsValidNiss(niss)
            ? Result<JobSeeker>.Success(new JobSeeker { Niss = Checksums.DigitsOnly(niss)!, Identity = identity, Region = region })
            : new DomainError(ErrorCodes.InvalidNiss, JobSeekerMessageKeys.InvalidNiss, "input.niss");

    /// <summary>
    /// The target groups the person belongs to on <paramref name="day"/>: those recorded, except the ones derived from the
    /// birth date (under 25, over 50), which are computed from it.
    /// </summary>
    public IReadOnlyList<string> TargetGroupCodesOn(DateOnly day) => Offers.TargetGroups.Of(Pathway.TargetGroupCodes, Identity.BirthDate, day);

    /// <summary>True when, on <paramref name="day"/>, the person belongs to at least one of <paramref name="targetGroupCodes"/>.</summary>
    public bool BelongsToAny(IEnumerable<string> targetGroupCodes, DateOnly day)
    {
        var own = TargetGroupCodesOn(day);
        return targetGroupCodes.Any(code => own.Contains(code, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The person's own CPAS updates the SOCIAL follow-up (what is not given stays); the SOCIAL target groups
    /// (integration income, social aid, article 60 §7) follow the facts, so no pathway code contradicts them.
    /// </summary>
    public void UpdateSocial(bool? followedByCpas, bool? receivesIntegrationIncome, bool? receivesSocialAid, bool? employedUnderArticle60)
    {
        Social.FollowedByCpas = followedByCpas ?? Social.FollowedByCpas;
        Social.ReceivesIntegrationIncome = receivesIntegrationIncome ?? Social.ReceivesIntegrationIncome;
        Social.ReceivesSocialAid = receivesSocialAid ?? Social.ReceivesSocialAid;
        Social.EmployedUnderArticle60 = employedUnderArticle60 ?? Social.EmployedUnderArticle60;
        Follow(Offers.TargetGroups.IntegrationIncome, Social.ReceivesIntegrationIncome);
        Follow(Offers.TargetGroups.SocialAid, Social.ReceivesSocialAid);
        Follow(Offers.TargetGroups.Article60, Social.EmployedUnderArticle60);
    }

    private void Follow(string code, bool member)
    {
        var codes = Pathway.TargetGroupCodes;
        codes.RemoveAll(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase));
        if (member)
        {
            codes.Add(code);
        }

        // A new list, so that the change tracker sees the change of a primitive collection.
        Pathway.TargetGroupCodes = [.. codes];
    }
}
