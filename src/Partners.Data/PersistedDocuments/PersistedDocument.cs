namespace Partners.Data.PersistedDocuments;

/// <summary>
/// A GraphQL document registered ahead of time and executed by its id (<c>sha256:&lt;hex&gt;</c>, GraphQL-over-HTTP
/// persisted documents). The id is the SHA-256 of the exact text, so a stored body can never be swapped.
/// </summary>
public sealed class PersistedDocument
{
    /// <summary>The lowercase hex SHA-256 of <see cref="Body"/>.</summary>
    public required string Hash { get; set; }

    public required string Body { get; set; }

    public DateTime CreatedAt { get; set; }

    public static string HashOf(string body) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body)));
}
