using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Partners.Data;
using Partners.Domain.Boundaries;

namespace Partners.Api.Boundaries;

/// <summary>
/// Writes access-log entries in ONE statement whatever their number, with ONE parameter: the entries as a JSON array,
/// which the database unpacks (<c>jsonb_each</c> on SQLite, <c>OPENJSON</c> on SQL Server). The statement's text never
/// changes, so it is parsed and planned once; table, column names and SQL Server column types come from the EF model.
/// </summary>
/// <remarks>
/// A multi-row <c>VALUES</c> list with one parameter per value was the previous way: SQLite binds each parameter by
/// looking its name up among all the statement's parameters, so a 200-row INSERT (2,200 parameters) cost the square
/// of its size and capped the log at ~10,000 entries a second (<c>Partners.Benchmarks accesslog</c>, CONTRIBUTING);
/// SQL Server refuses more than 2,100 parameters. On SQLite the array is unpacked by <c>jsonb_each</c>, not
/// <c>json_each</c>: both parse the text once, but <c>json_each</c> hands each entry back as JSON text, which every
/// <c>json_extract</c> of its 11 columns converted and parsed again (4–5 % of the API's processor time under the inbox
/// load); <c>jsonb_each</c> hands it back in SQLite's binary form, read as it is (the same values and types,
/// <c>AccessLogWriterTests</c>; a 50-entry SELECT 0.88 → 0.21 ms).
/// </remarks>
public static class AccessLogWriter
{
    private static readonly string[] Columns =
    [
        nameof(AccessLogEntry.At), nameof(AccessLogEntry.JobSeekerId), nameof(AccessLogEntry.Category), nameof(AccessLogEntry.OrganisationId),
        nameof(AccessLogEntry.ClientId), nameof(AccessLogEntry.UserId), nameof(AccessLogEntry.Operation), nameof(AccessLogEntry.Basis),
        nameof(AccessLogEntry.BasisReference), nameof(AccessLogEntry.ReferralId), nameof(AccessLogEntry.Purpose),
    ];

    public static Task WriteAsync(PartnersDbContext db, IReadOnlyList<AccessLogEntry> entries, CancellationToken cancellationToken)
    {
        var sqlServer = db.Database.ProviderName?.Contains("SqlServer", StringComparison.Ordinal) == true;
        return db.Database.ExecuteSqlRawAsync(InsertText(db, sqlServer), [Json(entries, sqlServer)], cancellationToken);
    }

    /// <summary>
    /// The entries as a JSON array of objects keyed by property name; timestamps in the text each provider stores
    /// for a <see cref="DateTime"/> (SQLite: EF's <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>; SQL Server: ISO 8601 for
    /// <c>datetime2</c>), enums by name as everywhere in the model.
    /// </summary>
    internal static string Json(IReadOnlyList<AccessLogEntry> entries, bool sqlServer)
    {
        var timestamp = sqlServer ? "yyyy-MM-dd'T'HH:mm:ss.fffffff" : "yyyy-MM-dd HH:mm:ss.FFFFFFF";
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                json.WriteString(nameof(AccessLogEntry.At), entry.At.ToString(timestamp, CultureInfo.InvariantCulture));
                json.WriteNumber(nameof(AccessLogEntry.JobSeekerId), entry.JobSeekerId);
                json.WriteString(nameof(AccessLogEntry.Category), entry.Category.ToString());
                json.WriteNumber(nameof(AccessLogEntry.OrganisationId), entry.OrganisationId);
                json.WriteString(nameof(AccessLogEntry.ClientId), entry.ClientId);
                json.WriteString(nameof(AccessLogEntry.UserId), entry.UserId);
                json.WriteString(nameof(AccessLogEntry.Operation), entry.Operation);
                json.WriteString(nameof(AccessLogEntry.Basis), entry.Basis.ToString());
                Number(json, nameof(AccessLogEntry.BasisReference), entry.BasisReference);
                Number(json, nameof(AccessLogEntry.ReferralId), entry.ReferralId);
                json.WriteString(nameof(AccessLogEntry.Purpose), entry.Purpose);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Number(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>
    /// SQLite: <c>INSERT INTO "AccessLog" (…) SELECT json_extract(value, '$.At'), … FROM jsonb_each({0})</c>;
    /// SQL Server: <c>INSERT INTO [AccessLog] (…) SELECT [At], … FROM OPENJSON({0}) WITH ([At] datetime2 '$.At', …)</c>.
    /// </summary>
    internal static string InsertText(PartnersDbContext db, bool sqlServer)
    {
        var entity = db.Model.FindEntityType(typeof(AccessLogEntry))!;
        var (open, close) = sqlServer ? ("[", "]") : ("\"", "\"");
        string Quoted(string property) => open + entity.FindProperty(property)!.GetColumnName() + close;
        var text = new StringBuilder($"INSERT INTO {open}{entity.GetTableName()}{close} (").AppendJoin(", ", Columns.Select(Quoted)).Append(") SELECT ");
        if (sqlServer)
        {
            return text.AppendJoin(", ", Columns.Select(Quoted)).Append(" FROM OPENJSON({0}) WITH (")
                .AppendJoin(", ", Columns.Select(c => $"{Quoted(c)} {entity.FindProperty(c)!.GetColumnType()} '$.{c}'"))
                .Append(')').ToString();
        }

        return text.AppendJoin(", ", Columns.Select(c => $"json_extract(value, '$.{c}')")).Append(" FROM jsonb_each({0})").ToString();
    }
}
