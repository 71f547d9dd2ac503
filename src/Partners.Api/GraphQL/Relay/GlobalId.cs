using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Partners.Api.GraphQL.Relay;

/// <summary>
/// Opaque ids: the GraphQL type name and the database key, base64url-encoded. Clients must not parse them; the
/// server checks the type on every use, so an id of one type never finds an object of another, and accepts only the
/// canonical spelling of an id.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, long key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{typeName}:{key}")));

    public static bool TryDecode(string? id, out string typeName, out long key)
    {
        typeName = string.Empty;
        key = 0;
        if (string.IsNullOrEmpty(id) || id.Length > 200 || !Base64Url.IsValid(id))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !long.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out key))
        {
            return false;
        }

        typeName = text[..colon];
        // One id per object: only the exact encoding this class gives is accepted (no padding, leading zeros,
        // trailing NULs or other spellings that decode to the same key).
        return string.Equals(id, Encode(typeName, key), StringComparison.Ordinal);
    }

    /// <summary>The key of an id that must be of <paramref name="typeName"/>, or null.</summary>
    public static long? KeyOf(string? id, string typeName) =>
        TryDecode(id, out var type, out var key) && string.Equals(type, typeName, StringComparison.Ordinal) ? key : null;
}
