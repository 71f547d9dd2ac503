using System.Diagnostics;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Partners.Api.GraphQL;

namespace Partners.Api.Operations;

/// <summary>
/// Around every GraphQL execution (HTTP and WebSocket): one span <c>graphql {type} {name}</c>, one duration
/// measure, and one structured log line — operation type and name, duration, error codes, client id. Never the
/// document, the variables or any answer: no personal data reaches the log or the traces.
/// </summary>
public sealed partial class OperationTelemetry(ILogger<OperationTelemetry> logger) : IConfigureExecution
{
    /// <summary>Outermost: the measure includes every other step.</summary>
    public float SortOrder => 0;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = PartnersTelemetry.Source.StartActivity("graphql", ActivityKind.Internal);
        var result = await next(options);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        var type = result.Operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        var name = result.Operation?.Name?.StringValue ?? options.OperationName ?? FirstField(result.Operation) ?? "(anonymous)";
        var client = (options.UserContext as PartnersUserContext)?.Caller?.ClientId ?? "(anonymous)";
        var codes = result.Errors is { Count: > 0 } errors
            ? string.Join(',', errors.Select(e => e.Code ?? "ERROR").Distinct(StringComparer.Ordinal))
            : string.Empty;

        if (activity is not null)
        {
            activity.DisplayName = $"graphql {type} {name}";
            activity.SetTag("graphql.operation.type", type);
            activity.SetTag("graphql.operation.name", name);
            activity.SetTag("partners.client_id", client);
            if (codes.Length > 0)
            {
                activity.SetTag("graphql.error.codes", codes);
                activity.SetStatus(ActivityStatusCode.Error);
            }
        }

        PartnersTelemetry.OperationDuration.Record(elapsed,
            new("graphql.operation.type", type), new("graphql.operation.name", name), new("error", codes.Length > 0));
        LogOperation(logger, type, name, elapsed, codes.Length > 0 ? codes : "none", client);
        return result;
    }

    /// <summary>An anonymous operation is named by its first root field, as the access log does.</summary>
    private static string? FirstField(GraphQLOperationDefinition? operation) =>
        operation?.SelectionSet.Selections.OfType<GraphQLField>().Select(f => f.Name.StringValue).FirstOrDefault();

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "GraphQL {OperationType} {OperationName} in {DurationMs:0.0} ms, errors {ErrorCodes}, client {ClientId}")]
    private static partial void LogOperation(ILogger logger, string operationType, string operationName, double durationMs, string errorCodes, string clientId);
}
