using System.Globalization;
using Partners.Domain.Boundaries;
using Partners.Domain.Common;
using Partners.Domain.JobSeekers;

namespace Partners.Domain.Rectification;

/// <summary>
/// The holder's writes of its own category (the CPAS its SOCIAL follow-up, the Office's social service HEALTH) kept
/// as corrections (rectification, GDPR art. 16): each field that changed, before and after, who, when and why.
/// </summary>
public static class CategoryRectification
{
    /// <summary>The category's fields by their API names, as text, to compare before and after a write.</summary>
    public static IReadOnlyDictionary<string, string?> Values(JobSeeker person, DataCategory category) => category switch
    {
        DataCategory.Social => new Dictionary<string, string?>
        {
            ["followedByCpas"] = Text(person.Social.FollowedByCpas),
            ["receivesIntegrationIncome"] = Text(person.Social.ReceivesIntegrationIncome),
            ["receivesSocialAid"] = Text(person.Social.ReceivesSocialAid),
            ["employedUnderArticle60"] = Text(person.Social.EmployedUnderArticle60),
        },
        DataCategory.Health => new Dictionary<string, string?>
        {
            ["specificPathwayStartsOn"] = Text(person.Health.SpecificPathwayStartsOn),
            ["specificPathwayEndsOn"] = Text(person.Health.SpecificPathwayEndsOn),
            ["nonMobilisableFrom"] = Text(person.Health.NonMobilisableFrom),
            ["nonMobilisableUntil"] = Text(person.Health.NonMobilisableUntil),
            ["nonMobilisableReviewedOn"] = Text(person.Health.NonMobilisableReviewedOn),
            ["icfSummary"] = person.Health.IcfSummary,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "The Office corrects IDENTITY with IdentityRectification."),
    };

    /// <summary>One correction per field of <paramref name="category"/> whose value differs from <paramref name="before"/>.</summary>
    public static IReadOnlyList<DataCorrection> Changes(
        JobSeeker person, DataCategory category, IReadOnlyDictionary<string, string?> before, string reason, NetworkActor actor, DateTime now) =>
        [.. Values(person, category)
            .Where(field => before[field.Key] != field.Value)
            .Select(field => new DataCorrection
            {
                JobSeekerId = person.Id, Category = category, Field = field.Key, Before = Capped(before[field.Key]), After = Capped(field.Value), At = now,
                OrganisationId = actor.OrganisationId, ClientId = actor.ClientId, UserId = actor.UserId, Reason = reason,
            })];

    private static string Text(bool value) => value ? "true" : "false";

    private static string? Text(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A long text (an ICF summary) is kept to the history's length, marked as cut.</summary>
    private static string? Capped(string? value) =>
        value is { Length: > DataCorrection.MaxValueLength } ? value[..(DataCorrection.MaxValueLength - 1)] + "…" : value;
}
