namespace Partners.Api.GraphQL;

/// <summary>The <c>GraphQL</c> configuration section: the request limits, all configurable.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    public long MaxRequestBodyBytes { get; set; } = 100 * 1024;

    public int MaxQueryLength { get; set; } = 20_000;

    public int MaxDepth { get; set; } = 15;

    public int MaxComplexity { get; set; } = 5_000;

    public int MaxAliases { get; set; } = 30;

    public int MaxFields { get; set; } = 500;

    public int ExecutionTimeoutSeconds { get; set; } = 30;

    public bool EnableIntrospection { get; set; }

    public bool EnableFieldSuggestions { get; set; }

    /// <summary>How many parsed documents are kept, keyed by their text.</summary>
    public int DocumentCacheSize { get; set; } = 500;

    /// <summary>
    /// Trusted documents: only documents registered with <c>documents register</c> run (by <c>documentId</c> or Apollo's
    /// <c>persistedQuery</c> hash); text is refused with <c>PERSISTED_DOCUMENT_REQUIRED</c>.
    /// </summary>
    public bool OnlyPersistedDocuments { get; set; }

    /// <summary>
    /// Apollo's automatic persisted queries: a client may register a document by sending its text with its hash; it is
    /// kept in this instance's bounded cache. Ignored under <see cref="OnlyPersistedDocuments"/>.
    /// </summary>
    public bool AutomaticPersistedQueries { get; set; } = true;
}
