using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace Partners.Api.GraphQL.Execution;

/// <summary>
/// Keeps parsed documents by their text, so the operations clients send again and again are parsed once. Only
/// documents that parsed are kept; validation still runs on every request because it depends on the caller.
/// </summary>
public sealed class DocumentCache(GraphQLCache cache) : IConfigureExecution
{
    // After the persisted-document handler, which turns a documentId into query text.
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var query = options.Query;
        if (options.Document is not null || query is null)
        {
            return await next(options);
        }

        var key = "document:" + query;
        if (cache.TryGetValue(key, out GraphQLDocument? document))
        {
            options.Document = document;
            return await next(options);
        }

        var result = await next(options);
        if (result.Document is { } parsed && (result.Errors is null || !result.Errors.OfType<SyntaxError>().Any()))
        {
            cache.Set(key, parsed, new MemoryCacheEntryOptions { Size = 1 });
        }

        return result;
    }
}
