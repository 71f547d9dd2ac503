using GraphQL.PersistedDocuments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Partners.Data;
using Partners.Data.PersistedDocuments;

namespace Partners.Api.GraphQL.Execution;

/// <summary>
/// Finds a persisted document by its <c>sha256</c> id: in the GraphQL cache (found before, or registered by Apollo's
/// automatic persisted queries, <see cref="PersistedQueries"/>), else among the trusted documents in the database
/// (<c>documents register</c>). Documents are immutable, so found ones are cached.
/// </summary>
public sealed class DatabasePersistedDocumentLoader(PartnersDbContext db, GraphQLCache cache) : IPersistedDocumentLoader
{
    public async ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken)
    {
        if (documentIdPrefix != "sha256" || documentIdPayload.Length != 64)
        {
            return null;
        }

        var key = PersistedQueries.CacheKeyPrefix + documentIdPayload;
        if (cache.TryGetValue(key, out string? body))
        {
            return body;
        }

        body = await db.Set<PersistedDocument>().AsNoTracking()
            .Where(d => d.Hash == documentIdPayload).Select(d => d.Body).FirstOrDefaultAsync(cancellationToken);
        if (body is not null)
        {
            cache.Set(key, body, new MemoryCacheEntryOptions { Size = 1 });
        }

        return body;
    }
}
