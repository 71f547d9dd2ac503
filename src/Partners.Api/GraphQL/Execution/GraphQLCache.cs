using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Partners.Api.GraphQL.Execution;

/// <summary>The GraphQL layer's own bounded cache (parsed and persisted documents), apart from the host's.</summary>
public sealed class GraphQLCache(GraphQLOptions options)
    : MemoryCache(Options.Create(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.DocumentCacheSize) }));
