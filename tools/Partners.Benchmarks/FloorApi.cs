using System.Globalization;
using System.Text.Encodings.Web;
using System.Threading.Channels;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace Partners.Benchmarks;

/// <summary>
/// The floor of the inbox on this stack with its guarantee (<c>floor</c> mode, served by <see cref="RawApi"/> with
/// <c>--floor on</c> as <c>GET /inbox-floor</c>): the least any implementation must do beyond the hand-written endpoint
/// when it answers <see cref="InboxBench.Query"/> through GraphQL.NET and logs the read durably first. It reads the
/// baseline's SQL join into plain objects, hands one access-log row per person and category read (IDENTITY and
/// PATHWAY) to a group-committing writer (one connection, one prepared single-row INSERT, one transaction per batch,
/// SQLite's default durable commit in WAL) and waits for the commit, then executes the document, parsed once, with
/// no validation rule, over those objects with field resolvers that read a property, and writes GraphQL.NET's
/// serialisation of the result. No token, no consent, no boundary, no EF: each of those only adds to it.
/// </summary>
public static class FloorApi
{
    private static readonly GraphQLDocument Document = GraphQLParser.Parser.Parse(InboxBench.Query);
    private static readonly GraphQLSerializer Serializer = new(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly DocumentExecuter Executer = new();
    private static readonly IValidationRule[] NoRules = [];

    /// <summary>The endpoint's handler; with <c>log</c> false, it skips the access log (GraphQL.NET's share alone).</summary>
    public static Func<HttpContext, long, int, bool, Task> Endpoint(string connectionString)
    {
        var schema = new Schema { Query = new InboxQuery(connectionString) };
        schema.Initialize();
        var log = new GroupCommit(connectionString);
        return async (http, org, first, logged) =>
        {
            var context = new Dictionary<string, object?> { ["org"] = org };
            var result = await Executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = schema,
                Document = Document,
                OperationName = "Inbox",
                Variables = new Inputs(new Dictionary<string, object?> { ["first"] = first }),
                ValidationRules = NoRules,
                RequestServices = http.RequestServices,
                UserContext = context,
                CancellationToken = http.RequestAborted,
            });
            if (logged)
            {
                // The answer leaves once its reads are durably logged: one entry per person and category read.
                var entries = new List<Entry>();
                foreach (var row in ((List<Row>)context["rows"]!).DistinctBy(r => r.JobSeekerId))
                {
                    entries.Add(new Entry(row.JobSeekerId, "Identity", org, row.Id));
                    entries.Add(new Entry(row.JobSeekerId, "Pathway", org, row.Id));
                }

                await log.AppendAsync([.. entries]);
            }

            http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            await Serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
        };
    }

    private sealed record Row(long Id, string Status, string AnswerDueOn, string OfferTitle, string OperatorName, long JobSeekerId, string LastName)
    {
        public List<string> Objectives { get; } = [];

        public string GlobalId => RawApi.GlobalId(Id);
    }

    private sealed record Entry(long JobSeekerId, string Category, long OrganisationId, long ReferralId);

    private sealed class InboxQuery : ObjectGraphType
    {
        public InboxQuery(string connectionString)
        {
            Name = "Query";
            Field<NonNullGraphType<ConnectionType>>("referrals")
                .Argument<NonNullGraphType<IntGraphType>>("first")
                .ResolveAsync(async context =>
                {
                    var rows = await ReadAsync(connectionString, (long)context.UserContext["org"]!, context.GetArgument<int>("first"));
                    context.UserContext["rows"] = rows;
                    return rows;
                });
        }
    }

    private sealed class ConnectionType : ObjectGraphType<List<Row>>
    {
        public ConnectionType()
        {
            Name = "ReferralConnection";
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferralType>>>>("nodes").Resolve(c => c.Source);
        }
    }

    private sealed class ReferralType : ObjectGraphType<Row>
    {
        public ReferralType()
        {
            Name = "Referral";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.GlobalId);
            Field<NonNullGraphType<StringGraphType>>("status").Resolve(c => c.Source.Status);
            Field<NonNullGraphType<StringGraphType>>("answerDueOn").Resolve(c => c.Source.AnswerDueOn);
            Field<NonNullGraphType<TitleType>>("offer").Resolve(c => c.Source);
            Field<NonNullGraphType<NameType>>("operator").Resolve(c => c.Source);
            Field<NonNullGraphType<JobSeekerType>>("jobSeeker").Resolve(c => c.Source);
        }
    }

    private sealed class TitleType : ObjectGraphType<Row>
    {
        public TitleType()
        {
            Name = "Offer";
            Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.OfferTitle);
        }
    }

    private sealed class NameType : ObjectGraphType<Row>
    {
        public NameType()
        {
            Name = "Organisation";
            Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.OperatorName);
        }
    }

    private sealed class JobSeekerType : ObjectGraphType<Row>
    {
        public JobSeekerType()
        {
            Name = "JobSeeker";
            Field<IdentityType>("identity").Resolve(c => c.Source);
            Field<PathwayType>("pathway").Resolve(c => c.Source);
        }
    }

    private sealed class IdentityType : ObjectGraphType<Row>
    {
        public IdentityType()
        {
            Name = "Identity";
            Field<NonNullGraphType<StringGraphType>>("lastName").Resolve(c => c.Source.LastName);
        }
    }

    private sealed class PathwayType : ObjectGraphType<Row>
    {
        public PathwayType()
        {
            Name = "Pathway";
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("professionalObjectives").Resolve(c => c.Source.Objectives);
        }
    }

    /// <summary>The baseline's statement (<see cref="RawApi.Sql"/>), read into one object per referral.</summary>
    private static async Task<List<Row>> ReadAsync(string connectionString, long org, int first)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = RawApi.Sql;
        command.Parameters.AddWithValue("$org", org);
        command.Parameters.AddWithValue("$first", first);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Row>(first);
        while (await reader.ReadAsync())
        {
            var id = reader.GetInt64(0);
            if (rows.Count == 0 || rows[^1].Id != id)
            {
                rows.Add(new Row(id, RawApi.ConstantCase(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(7), reader.GetString(5)));
            }

            if (!reader.IsDBNull(6))
            {
                rows[^1].Objectives.Add(reader.GetString(6));
            }
        }

        return rows;
    }

    /// <summary>
    /// One writer, one open connection, one prepared INSERT: takes every request queued meanwhile, commits their rows
    /// in one transaction, then releases them.
    /// </summary>
    private sealed class GroupCommit
    {
        private readonly Channel<(Entry[] Entries, TaskCompletionSource Done)> queue = Channel.CreateUnbounded<(Entry[], TaskCompletionSource)>();

        public GroupCommit(string connectionString) => _ = Task.Run(() => WriteLoopAsync(connectionString));

        public Task AppendAsync(Entry[] entries)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            queue.Writer.TryWrite((entries, done));
            return done.Task;
        }

        private async Task WriteLoopAsync(string connectionString)
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000;";
                await pragma.ExecuteNonQueryAsync();
            }

            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO "AccessLog" ("At", "JobSeekerId", "Category", "OrganisationId", "ClientId", "UserId", "Operation", "Basis", "BasisReference", "ReferralId", "Purpose")
                VALUES ($at, $jobSeeker, $category, $organisation, 'isp-demo', NULL, 'Inbox', 'Referral', $referral, $referral, NULL)
                """;
            var at = insert.Parameters.Add("$at", SqliteType.Text);
            var jobSeeker = insert.Parameters.Add("$jobSeeker", SqliteType.Integer);
            var category = insert.Parameters.Add("$category", SqliteType.Text);
            var organisation = insert.Parameters.Add("$organisation", SqliteType.Integer);
            var referral = insert.Parameters.Add("$referral", SqliteType.Integer);
            var batch = new List<(Entry[] Entries, TaskCompletionSource Done)>();
            while (await queue.Reader.WaitToReadAsync())
            {
                batch.Clear();
                while (queue.Reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }

                await using (var transaction = connection.BeginTransaction())
                {
                    insert.Transaction = transaction;
                    at.Value = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
                    foreach (var entry in batch.SelectMany(p => p.Entries))
                    {
                        jobSeeker.Value = entry.JobSeekerId;
                        category.Value = entry.Category;
                        organisation.Value = entry.OrganisationId;
                        referral.Value = entry.ReferralId;
                        insert.ExecuteNonQuery();
                    }

                    transaction.Commit();
                }

                foreach (var (_, done) in batch)
                {
                    done.SetResult();
                }
            }
        }
    }
}
