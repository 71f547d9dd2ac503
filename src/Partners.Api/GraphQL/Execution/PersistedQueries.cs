using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.DI;
using GraphQL.PersistedDocuments;
using Microsoft.Extensions.Caching.Memory;
using Partners.Api.Localization;
using Partners.Data.PersistedDocuments;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Execution;

/// <summary>
/// Apollo's automatic persisted queries (<c>extensions.persistedQuery { version: 1, sha256Hash }</c>), on top of the
/// persisted documents (<c>documentId: "sha256:…"</c>, <see cref="DatabasePersistedDocumentLoader"/>): a hash alone
/// is looked up as a document id (a miss answers <c>PERSISTED_QUERY_NOT_FOUND</c>, and Apollo's link sends the text);
/// text with its hash is checked and kept in the bounded GraphQL cache, where <c>GraphQL:AutomaticPersistedQueries</c>
/// allows it. Under <c>GraphQL:OnlyPersistedDocuments</c> (trusted documents) only registered documents run, whatever
/// text comes with the hash.
/// </summary>
public sealed partial class PersistedQueries(GraphQLOptions graphQLOptions, GraphQLCache cache, Messages messages) : IConfigureExecution
{
    public const string CacheKeyPrefix = "persisted:";

    // Before GraphQL.NET's persisted-document handler (200), which then loads what a hash names.
    public float SortOrder => 150;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var language = (options.UserContext as PartnersUserContext)?.Language ?? Language.French;
        return Translate(await RunAsync(options, next, language), language);
    }

    private async Task<ExecutionResult> RunAsync(ExecutionOptions options, ExecutionDelegate next, Language language)
    {
        if (options.Extensions is null || !options.Extensions.TryGetValue("persistedQuery", out var value))
        {
            return await next(options);
        }

        if (value is not IDictionary<string, object?> persisted
            || !persisted.TryGetValue("version", out var version) || version?.ToString() != "1"
            || !persisted.TryGetValue("sha256Hash", out var hashValue) || hashValue is not string sha256Hash
            || !Sha256().IsMatch(sha256Hash)
            || options.DocumentId is not null)
        {
            return Refused(ErrorCodes.BadRequest, messages.Get("persisted_query_invalid", language));
        }

        var hash = sha256Hash.ToLowerInvariant();
        if (options.Query is { } query)
        {
            if (PersistedDocument.HashOf(query) != hash)
            {
                return Refused(ErrorCodes.BadRequest, messages.Get("persisted_query_hash_mismatch", language));
            }

            if (!graphQLOptions.OnlyPersistedDocuments)
            {
                if (graphQLOptions.AutomaticPersistedQueries)
                {
                    cache.Set(CacheKeyPrefix + hash, query, new MemoryCacheEntryOptions { Size = 1 });
                }

                return await next(options);
            }

            // Trusted documents: the registered text runs, never the client's.
            options.Query = null;
        }

        options.DocumentId = "sha256:" + hash;
        return await next(options);
    }

    /// <summary>GraphQL.NET's persisted-document refusals, in the caller's language and with the platform's codes.</summary>
    private ExecutionResult Translate(ExecutionResult result, Language language) =>
        result is { Executed: false, Errors: { Count: 1 } errors }
            ? errors.First() switch
            {
                DocumentNotFoundError => Refused(ErrorCodes.PersistedQueryNotFound, messages.Get("persisted_document_not_found", language)),
                DocumentIdMissingError => Refused(ErrorCodes.PersistedDocumentRequired, messages.Get("persisted_document_required", language)),
                DocumentIdInvalidError or InvalidRequestError => Refused(ErrorCodes.BadRequest, messages.Get("persisted_document_invalid", language)),
                _ => result,
            }
            : result;

    private static ExecutionResult Refused(string code, string message) =>
        new(new ExecutionError(message) { Code = code }) { Executed = false };

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256();
}
