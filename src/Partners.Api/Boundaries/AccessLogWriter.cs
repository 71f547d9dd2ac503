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
/// changes whatever the number of entries; table, column names and SQL Server column types come from the EF model.
/// </summary>
/// <remarks>
/// A multi-row <c>VALUES</c> list with one parameter per value was the previous way: SQLite binds each parameter by
/// looking its name up among all the statement's parameters, so a 200-row INSERT (2,200 parameters) cost the square
/// of its size and capped the log at ~10,000 entries a second (<c>Partners.Benchmarks accesslog</c>, CONTRIBUTING);
/// SQL Server refuses more than 2,100 parameters.
/// On SQLite the entries are arrays read by position from <c>jsonb_each</c>: <c>json_each</c> hands each entry over as
/// JSON text, which each of the 11 <c>json_extract</c> calls of its row parsed again and searched by key; from
/// <c>jsonb_each</c> an entry is already parsed (SQLite's binary JSON), and reading it by position costs about what
/// inserting constants does (100 entries: ~1.0 ms of processor time more than constants with objects and
/// <c>json_each</c>, within the noise of them with arrays and <c>jsonb_each</c>; CONTRIBUTING, "Measuring the hot paths").
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
    /// The entries as a JSON array: on SQLite, each entry an array of its values in <see cref="Columns"/>' order (read
    /// by position); on SQL Server, an object keyed by property name (read by <c>OPENJSON … WITH</c>). Timestamps in the
    /// text each provider stores for a <see cref="DateTime"/> (SQLite: EF's <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>; SQL
    /// Server: ISO 8601 for <c>datetime2</c>), enums by name as everywhere in the model.
    /// </summary>
    internal static string Json(IReadOnlyList<AccessLogEntry> entries, bool sqlServer)
    {
        var timestamp = sqlServer ? "yyyy-MM-dd'T'HH:mm:ss.fffffff" : "yyyy-MM-dd HH:mm:ss.FFFFFFF";
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            // A request's entries share their instant: formatted once for a run of equal instants.
            (DateTime At, string Text) last = default;
            foreach (var entry in entries)
            {
                if (last.Text is null || last.At != entry.At)
                {
                    last = (entry.At, entry.At.ToString(timestamp, CultureInfo.InvariantCulture));
                }

                if (sqlServer)
                {
                    Object(json, entry, last.Text);
                }
                else
                {
                    Array(json, entry, last.Text);
                }
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The values in <see cref="Columns"/>' order.</summary>
    private static void Array(Utf8JsonWriter json, AccessLogEntry entry, string at)
    {
        json.WriteStartArray();
        json.WriteStringValue(at);
        json.WriteNumberValue(entry.JobSeekerId);
        json.WriteStringValue(entry.Category.ToString());
        json.WriteNumberValue(entry.OrganisationId);
        json.WriteStringValue(entry.ClientId);
        json.WriteStringValue(entry.UserId);
        json.WriteStringValue(entry.Operation);
        json.WriteStringValue(entry.Basis.ToString());
        NumberValue(json, entry.BasisReference);
        NumberValue(json, entry.ReferralId);
        json.WriteStringValue(entry.Purpose);
        json.WriteEndArray();
    }

    private static void Object(Utf8JsonWriter json, AccessLogEntry entry, string at)
    {
        json.WriteStartObject();
        json.WriteString(nameof(AccessLogEntry.At), at);
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

    private static void NumberValue(Utf8JsonWriter json, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumberValue(number);
        }
        else
        {
            json.WriteNullValue();
        }
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
    /// SQLite: <c>INSERT INTO "AccessLog" (…) SELECT value ->> 0, value ->> 1, … FROM jsonb_each({0})</c>;
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

        return text.AppendJoin(", ", Columns.Select((_, position) => $"value ->> {position}")).Append(" FROM jsonb_each({0})").ToString();
    }
}
