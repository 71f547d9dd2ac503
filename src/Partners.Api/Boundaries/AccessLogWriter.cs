using System.Text;
using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Boundaries;

namespace Partners.Api.Boundaries;

/// <summary>
/// Writes a request's access-log entries in one multi-row INSERT per 200 entries (SQLite and SQL Server both take
/// it), so logging a page of 50 people costs one statement, not 50. Table and column names come from the EF model.
/// </summary>
public static class AccessLogWriter
{
    private const int RowsPerStatement = 200;

    public static async Task WriteAsync(PartnersDbContext db, IReadOnlyList<AccessLogEntry> entries, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(AccessLogEntry))!;
        var table = entity.GetTableName()!;
        string Column(string property) => entity.FindProperty(property)!.GetColumnName();
        var columns = new[]
        {
            nameof(AccessLogEntry.At), nameof(AccessLogEntry.JobSeekerId), nameof(AccessLogEntry.Category), nameof(AccessLogEntry.OrganisationId),
            nameof(AccessLogEntry.ClientId), nameof(AccessLogEntry.UserId), nameof(AccessLogEntry.Operation), nameof(AccessLogEntry.Basis),
            nameof(AccessLogEntry.BasisReference), nameof(AccessLogEntry.ReferralId), nameof(AccessLogEntry.Purpose),
        };
        var sql = db.Database.ProviderName?.Contains("SqlServer", StringComparison.Ordinal) == true ? ("[", "]") : ("\"", "\"");
        var head = $"INSERT INTO {sql.Item1}{table}{sql.Item2} ({string.Join(", ", columns.Select(c => sql.Item1 + Column(c) + sql.Item2))}) VALUES ";

        foreach (var chunk in entries.Chunk(RowsPerStatement))
        {
            var text = new StringBuilder(head);
            var parameters = new List<object>();
            foreach (var (entry, row) in chunk.Select((e, i) => (e, i)))
            {
                text.Append(row == 0 ? "(" : ", (");
                object?[] values =
                [
                    entry.At, entry.JobSeekerId, entry.Category.ToString(), entry.OrganisationId, entry.ClientId, entry.UserId,
                    entry.Operation, entry.Basis.ToString(), entry.BasisReference, entry.ReferralId, entry.Purpose,
                ];
                text.Append(string.Join(", ", values.Select(v =>
                {
                    if (v is null)
                    {
                        return "NULL";
                    }

                    parameters.Add(v);
                    return "{" + (parameters.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
                })));
                text.Append(')');
            }

            await db.Database.ExecuteSqlRawAsync(text.ToString(), parameters, cancellationToken);
        }
    }
}
