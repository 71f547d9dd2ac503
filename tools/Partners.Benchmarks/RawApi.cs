using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Partners.Benchmarks;

/// <summary>
/// <c>raw</c> mode: the baseline, a bare minimal API in its own process. <c>GET /</c> answers at once (the
/// <c>startup</c> mode's first answer); with <c>--db</c>, <c>GET /inbox?org=&amp;first=</c> answers an operator's
/// inbox with one hand-written SQL join on the same SQLite file, written as the very JSON the API answers to
/// <see cref="InboxBench.Query"/> (the <c>inbox</c> mode checks it byte for byte).
/// </summary>
public static class RawApi
{
    internal const string Sql = """
        SELECT r.Id, r.Status, r.AnswerDueOn, o.Title, op.Name, j.Identity_LastName, obj.Title, j.Id
        FROM (SELECT Id, Status, AnswerDueOn, OfferId, OperatorOrganisationId, JobSeekerId, CreatedAt FROM Referrals
              WHERE OperatorOrganisationId = $org OR ReferringOrganisationId = $org
              ORDER BY CreatedAt DESC, Id DESC LIMIT $first) AS r
        JOIN Offers AS o ON o.Id = r.OfferId
        JOIN Organisations AS op ON op.Id = r.OperatorOrganisationId
        JOIN JobSeekers AS j ON j.Id = r.JobSeekerId
        LEFT JOIN JobSeekerObjectives AS obj ON obj.JobSeekerPathwayJobSeekerId = j.Id
        ORDER BY r.CreatedAt DESC, r.Id DESC, obj.Id
        """;

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", () => "ok");
        var database = Arg(args, "db");
        if (database is not null)
        {
            var connectionString = $"Data Source={database}";
            app.MapGet("/inbox", async (HttpContext http, long org, int first) =>
            {
                http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
                await WriteInboxAsync(connectionString, org, first, http.Response.BodyWriter);
            });
            if (Arg(args, "floor") == "on")
            {
                var floor = FloorApi.Endpoint(connectionString);
                app.MapGet("/inbox-floor", (HttpContext http, long org, int first, bool? log) => floor(http, org, first, log ?? true));
            }
        }

        await app.RunAsync();
    }

    public static string? Arg(string[] args, string name)
    {
        var index = Array.IndexOf(args, "--" + name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static async Task WriteInboxAsync(string connectionString, long org, int first, System.IO.Pipelines.PipeWriter body)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.AddWithValue("$org", org);
        command.Parameters.AddWithValue("$first", first);
        await using var reader = await command.ExecuteReaderAsync();
        await using var json = new Utf8JsonWriter(body, Json);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("referrals");
        json.WriteStartArray("nodes");
        long? current = null;
        while (await reader.ReadAsync())
        {
            var id = reader.GetInt64(0);
            if (id != current)
            {
                if (current is not null)
                {
                    EndNode(json);
                }

                current = id;
                json.WriteStartObject();
                json.WriteString("id", GlobalId(id));
                json.WriteString("status", ConstantCase(reader.GetString(1)));
                json.WriteString("answerDueOn", reader.GetString(2));
                json.WriteStartObject("offer");
                json.WriteString("title", reader.GetString(3));
                json.WriteEndObject();
                json.WriteStartObject("operator");
                json.WriteString("name", reader.GetString(4));
                json.WriteEndObject();
                json.WriteStartObject("jobSeeker");
                json.WriteStartObject("identity");
                json.WriteString("lastName", reader.GetString(5));
                json.WriteEndObject();
                json.WriteStartObject("pathway");
                json.WriteStartArray("professionalObjectives");
            }

            if (!reader.IsDBNull(6))
            {
                json.WriteStringValue(reader.GetString(6));
            }
        }

        if (current is not null)
        {
            EndNode(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync();
    }

    private static void EndNode(Utf8JsonWriter json)
    {
        json.WriteEndArray(); // professionalObjectives
        json.WriteEndObject(); // pathway
        json.WriteEndObject(); // jobSeeker
        json.WriteEndObject(); // node
    }

    /// <summary>The referral's Relay global id, as the API writes it.</summary>
    internal static string GlobalId(long id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"Referral:{id.ToString(CultureInfo.InvariantCulture)}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>InProgress → IN_PROGRESS, as the GraphQL enum names the stored value.</summary>
    internal static string ConstantCase(string value)
    {
        var text = new StringBuilder(value.Length + 4);
        foreach (var (c, i) in value.Select((c, i) => (c, i)))
        {
            if (i > 0 && char.IsUpper(c))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(c));
        }

        return text.ToString();
    }
}
