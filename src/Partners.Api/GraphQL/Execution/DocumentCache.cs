using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace Partners.Api.GraphQL.Execution;

/// <summary>
/// Keeps parsed and validated documents by their text, so the operations clients send again and again are parsed and
/// validated once (GraphQL.NET's own cached-document validation). Only documents that passed validation are kept; on
/// a cached document only the rules that depend on the request run again — the caller, the transport, the variables
/// (<c>AddValidationRule(…, useForCachedDocuments: true)</c>, <see cref="ExecutionOptions.CachedDocumentValidationRules"/>).
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
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }

        var result = await next(options);
        // Executed: the whole document passed validation (the specification's rules depend on nothing else).
        if (result.Executed && result.Document is { } parsed)
        {
            cache.Set(key, parsed, new MemoryCacheEntryOptions { Size = 1 });
        }

        return result;
    }
}
