using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Partners.Api.GraphQL;
using Partners.Api.Identity;
using Partners.Api.Localization;
using Partners.Domain.Boundaries;
using Partners.Domain.Common;

namespace Partners.Api.Boundaries;

/// <summary>
/// Writes the access log of a request before its answer leaves: no answer without its entries, committed by the
/// <see cref="AccessLogCommitter"/> together with other requests' entries. When the write fails, the answer carries
/// no data, only an error (the read is as if it never happened).
/// </summary>
public sealed class AccessLogRecording(ILogger<AccessLogRecording> logger) : IConfigureExecution
{
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var result = await next(options);
        if (options.RequestServices is not { } services || options.UserContext is not PartnersUserContext { Caller: { } caller } user)
        {
            return result;
        }

        return await WriteAsync(services, user, [caller], services.GetRequiredService<AccessLedger>().Drain(), result, logger, options.CancellationToken);
    }

    /// <summary>
    /// Writes <paramref name="reads"/> once for each of <paramref name="readers"/> (in one group commit) and returns
    /// <paramref name="result"/>, or a result without data when the write fails. Also called for each event of a
    /// subscription, whose executions happen after <see cref="ExecuteAsync"/>: there, the readers are the subscribers
    /// that share the event's execution (one audience, each with its own client).
    /// </summary>
    public static async Task<ExecutionResult> WriteAsync(
        IServiceProvider services, PartnersUserContext user, IReadOnlyList<Caller> readers, IReadOnlyList<(long JobSeekerId, DataCategory Category, AccessDecision Decision)> reads,
        ExecutionResult result, ILogger logger, CancellationToken ct)
    {
        if (reads.Count == 0 || readers.Count == 0)
        {
            return result;
        }

        try
        {
            var now = services.GetRequiredService<IClock>().UtcNow;
            var operation = OperationOf(result, user.OperationName);
            await services.GetRequiredService<AccessLogCommitter>().AppendAsync([.. readers.SelectMany(caller => reads.Select(r => new AccessLogEntry
            {
                At = now, JobSeekerId = r.JobSeekerId, Category = r.Category, OrganisationId = caller.OrganisationId,
                ClientId = caller.ClientId, UserId = caller.UserId, Operation = operation, Basis = r.Decision.Basis,
                BasisReference = r.Decision.BasisReference, ReferralId = r.Decision.ReferralId, Purpose = r.Decision.Purpose,
            }))], ct);
            return result;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "The access log could not be written; the answer is withheld.");
            var withheld = new ExecutionResult { Executed = true };
            var messages = services.GetRequiredService<Messages>();
            withheld.AddError(new ExecutionError(messages.Get("access_log_failed", user.Language)) { Code = ErrorCodes.Internal });
            return withheld;
        }
    }

    /// <summary>The operation's name as the document or the request gave it, else the first root field read.</summary>
    private static string OperationOf(ExecutionResult result, string? requested) =>
        result.Operation?.Name?.StringValue
        ?? requested
        ?? result.Operation?.SelectionSet.Selections.OfType<GraphQLParser.AST.GraphQLField>().Select(f => f.Name.StringValue).FirstOrDefault()
        ?? "(anonymous)";
}
