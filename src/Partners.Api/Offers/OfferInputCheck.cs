using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

/// <summary>
/// What the domain's validator does not see: target group codes that must exist. Returns the
/// target groups to set (tracked, so the offer links to them), or null when the input leaves them unchanged.
/// </summary>
internal static class OfferInputCheck
{
    public const string UnknownTargetGroup = "offer_unknown_target_group";

    public static async Task<(List<DomainError> Errors, IReadOnlyList<TargetGroup>? TargetGroups)> CheckAsync(
        PartnersDbContext db, OfferInput input, CancellationToken cancellationToken)
    {
        var errors = new List<DomainError>();
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
}
