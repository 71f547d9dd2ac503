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
/// <c>AccessLogGroupCommitTests</c>; a 50-entry SELECT 0.88 → 0.21 ms).
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
            // A request's entries share their instant: formatted once for a run of equal instants.
            (DateTime At, string? Text) last = default;
            foreach (var entry in entries)
            {
                if (last.Text is null || last.At != entry.At)
                {
                    last = (entry.At, entry.At.ToString(timestamp, CultureInfo.InvariantCulture));
                }

                json.WriteStartObject();
                json.WriteString(Names.At, last.Text);
                json.WriteNumber(Names.JobSeekerId, entry.JobSeekerId);
                json.WriteString(Names.Category, entry.Category.ToString());
                json.WriteNumber(Names.OrganisationId, entry.OrganisationId);
                json.WriteString(Names.ClientId, entry.ClientId);
                json.WriteString(Names.UserId, entry.UserId);
                json.WriteString(Names.Operation, entry.Operation);
                json.WriteString(Names.Basis, entry.Basis.ToString());
                Number(json, Names.BasisReference, entry.BasisReference);
                Number(json, Names.ReferralId, entry.ReferralId);
                json.WriteString(Names.Purpose, entry.Purpose);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The property names, encoded once (an entry's 11 names were transcoded at every entry).</summary>
    private static class Names
    {
        public static readonly JsonEncodedText At = JsonEncodedText.Encode(nameof(AccessLogEntry.At));
        public static readonly JsonEncodedText JobSeekerId = JsonEncodedText.Encode(nameof(AccessLogEntry.JobSeekerId));
        public static readonly JsonEncodedText Category = JsonEncodedText.Encode(nameof(AccessLogEntry.Category));
        public static readonly JsonEncodedText OrganisationId = JsonEncodedText.Encode(nameof(AccessLogEntry.OrganisationId));
        public static readonly JsonEncodedText ClientId = JsonEncodedText.Encode(nameof(AccessLogEntry.ClientId));
        public static readonly JsonEncodedText UserId = JsonEncodedText.Encode(nameof(AccessLogEntry.UserId));
        public static readonly JsonEncodedText Operation = JsonEncodedText.Encode(nameof(AccessLogEntry.Operation));
        public static readonly JsonEncodedText Basis = JsonEncodedText.Encode(nameof(AccessLogEntry.Basis));
        public static readonly JsonEncodedText BasisReference = JsonEncodedText.Encode(nameof(AccessLogEntry.BasisReference));
        public static readonly JsonEncodedText ReferralId = JsonEncodedText.Encode(nameof(AccessLogEntry.ReferralId));
        public static readonly JsonEncodedText Purpose = JsonEncodedText.Encode(nameof(AccessLogEntry.Purpose));
    }

    private static void Number(Utf8JsonWriter json, JsonEncodedText name, long? value)
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
