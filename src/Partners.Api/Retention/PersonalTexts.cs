using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Partners.Data;
using Partners.Domain.Accompaniment;
using Partners.Domain.Complaints;
using Partners.Domain.Rectification;
using Partners.Domain.Referrals;

namespace Partners.Api.Retention;

/// <summary>
/// The free texts written about a person in her referrals, complaints, corrections and session registrations, blanked when she is anonymised: the
/// rows, their states and dates stay (the Commission's counts do not change). One UPDATE per column for a whole
/// batch of people; table and column names come from the EF model, so a renamed column cannot be missed silently.
/// A required text becomes empty, an optional one NULL; an absent optional part (no candidacy result yet) stays absent.
/// The action plan's objectives, actions and commitments, JSON documents of each version's row, become empty lists; the
/// versions and their dates stay.
/// </summary>
public static class PersonalTexts
{
    /// <summary>(root, path): a property of the root, of one of its owned parts, or of the rows of one of its collections.</summary>
    public static readonly IReadOnlyList<(Type Root, string Path)> Columns =
    [
        (typeof(Referral), nameof(Referral.ProfessionalObjective)),
        (typeof(Referral), nameof(Referral.Note)),
        (typeof(Referral), "CandidacyResult.Motivation"),
        (typeof(Referral), "CandidacyResult.ActionPlanFit"),
        (typeof(Referral), "Evaluation.Summary"),
        (typeof(Referral), "Evaluation.NextStepProposals"),
        (typeof(Referral), "Events.Description"),
        (typeof(Referral), "Events.ProposedAdjustment"),
        (typeof(Referral), "History.Reason"),
        (typeof(Complaint), nameof(Complaint.Description)),
        (typeof(Complaint), "Answer.Text"),
        (typeof(Complaint), "History.Reason"),
        (typeof(DataCorrection), nameof(DataCorrection.Before)),
        (typeof(DataCorrection), nameof(DataCorrection.After)),
        (typeof(DataCorrection), nameof(DataCorrection.Reason)),
        (typeof(Domain.Offers.SessionRegistration), nameof(Domain.Offers.SessionRegistration.CancellationReason)),
    ];

    /// <summary>(root, collection stored as one JSON column): emptied as a whole.</summary>
    public static readonly IReadOnlyList<(Type Root, string Collection)> Documents =
    [
        (typeof(ActionPlan), nameof(ActionPlan.Objectives)),
        (typeof(ActionPlan), nameof(ActionPlan.Actions)),
        (typeof(ActionPlan), nameof(ActionPlan.Commitments)),
    ];

    public static async Task BlankAsync(PartnersDbContext db, IReadOnlyCollection<long> jobSeekerIds, CancellationToken ct)
    {
        var quote = db.Database.ProviderName?.Contains("SqlServer", StringComparison.Ordinal) == true ? ("[", "]") : ("\"", "\"");
        string Q(string name) => quote.Item1 + name + quote.Item2;
        var people = string.Join(", ", jobSeekerIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        foreach (var (root, path) in Columns)
        {
            var rootType = db.Model.FindEntityType(root)!;
            var rootTable = StoreObjectIdentifier.Table(rootType.GetTableName()!, rootType.GetSchema());
            var (table, column, nullable, ownerKey) = Resolve(rootType, path);
            var personColumn = Q(rootType.FindProperty("JobSeekerId")!.GetColumnName(rootTable)!);
            var blank = nullable ? "NULL" : "''";
            var owners = ownerKey is null
                ? $"{personColumn} IN ({people})"
                : $"{Q(ownerKey)} IN (SELECT {Q(rootType.FindPrimaryKey()!.Properties[0].GetColumnName(rootTable)!)} FROM {Q(rootTable.Name)} WHERE {personColumn} IN ({people}))";
#pragma warning disable EF1002 // Names come from the EF model and ids are numbers: nothing from outside reaches the text.
            await db.Database.ExecuteSqlRawAsync($"UPDATE {Q(table)} SET {Q(column)} = {blank} WHERE {Q(column)} IS NOT NULL AND {owners}", ct);
#pragma warning restore EF1002
        }

        foreach (var (root, collection) in Documents)
        {
            var rootType = db.Model.FindEntityType(root)!;
            var rootTable = StoreObjectIdentifier.Table(rootType.GetTableName()!, rootType.GetSchema());
            var column = rootType.FindNavigation(collection)?.TargetEntityType.GetContainerColumnName()
                ?? throw new InvalidOperationException($"{root.Name}.{collection} is not a JSON collection.");
            var personColumn = Q(rootType.FindProperty("JobSeekerId")!.GetColumnName(rootTable)!);
#pragma warning disable EF1002 // Names come from the EF model and ids are numbers: nothing from outside reaches the text.
            await db.Database.ExecuteSqlRawAsync($"UPDATE {Q(rootTable.Name)} SET {Q(column)} = '[]' WHERE {personColumn} IN ({people})", ct);
#pragma warning restore EF1002
        }
    }

    /// <summary>The table and column of <paramref name="path"/>, and the column of its table that points to the root when it is another table.</summary>
    private static (string Table, string Column, bool Nullable, string? OwnerKey) Resolve(IEntityType root, string path)
    {
        var entity = root;
        string? ownerKey = null;
        var parts = path.Split('.');
        foreach (var name in parts[..^1])
        {
            var navigation = entity.FindNavigation(name) ?? throw new InvalidOperationException($"{root.ClrType.Name} has no navigation {name}.");
            var target = navigation.TargetEntityType;
            if (target.GetTableName() != entity.GetTableName())
            {
                ownerKey = navigation.ForeignKey.Properties[0].GetColumnName(StoreObjectIdentifier.Table(target.GetTableName()!, target.GetSchema()));
            }

            entity = target;
        }

        var property = entity.FindProperty(parts[^1]) ?? throw new InvalidOperationException($"{root.ClrType.Name} has no {path}.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return (table.Name, property.GetColumnName(table)!, property.IsNullable, ownerKey);
    }
}
