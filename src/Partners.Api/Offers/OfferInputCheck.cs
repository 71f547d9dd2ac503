using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

/// <summary>
/// What the domain's validator does not see: the column lengths, and target group codes that must exist. Returns the
/// target groups to set (tracked, so the offer links to them), or null when the input leaves them unchanged.
/// </summary>
internal static class OfferInputCheck
{
    public const string UnknownTargetGroup = "offer_unknown_target_group";

    public static async Task<(List<DomainError> Errors, IReadOnlyList<TargetGroup>? TargetGroups)> CheckAsync(
        PartnersDbContext db, OfferInput input, CancellationToken cancellationToken)
    {
        var errors = new List<DomainError>();
        MaxLength(errors, "input.title", input.Title, 200);
        MaxLength(errors, "input.address", input.Address, 300);
        MaxLength(errors, "input.postalCode", input.PostalCode, 10);
        MaxLength(errors, "input.municipality", input.Municipality, 100);
        MaxLength(errors, "input.durationDescription", input.DurationDescription, 500);
        for (var i = 0; i < input.Sessions?.Count; i++)
        {
            MaxLength(errors, $"input.sessions[{i}].location", input.Sessions[i].Location, 300);
        }

        for (var i = 0; i < input.InformationSessions?.Count; i++)
        {
            MaxLength(errors, $"input.informationSessions[{i}].location", input.InformationSessions[i].Location, 300);
        }

        if (input.TargetGroupCodes is not { } codes)
        {
            return (errors, null);
        }

        var groups = await db.TargetGroups.Where(g => codes.Contains(g.Code)).ToListAsync(cancellationToken);
        for (var i = 0; i < codes.Count; i++)
        {
            if (!groups.Exists(g => g.Code == codes[i]))
            {
                errors.Add(DomainError.Invalid($"input.targetGroupCodes[{i}]", UnknownTargetGroup, codes[i]));
            }
        }

        return (errors, groups);
    }

    private static void MaxLength(List<DomainError> errors, string field, string? value, int max)
    {
        if (value?.Length > max)
        {
            errors.Add(DomainError.Invalid(field, "too_long", max));
        }
    }
}
