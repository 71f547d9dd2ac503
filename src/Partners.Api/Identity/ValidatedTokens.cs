using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;
using Protection = OpenIddict.Validation.OpenIddictValidationHandlers.Protection;

namespace Partners.Api.Identity;

/// <summary>
/// The access tokens whose signature this instance already checked, until they expire: a client sends the same token
/// with every request, and parsing it and checking its RSA signature again was most of what authentication cost. Only
/// IdentityModel's step is skipped: the principal it made from the token goes on to every other check of OpenIddict's
/// (expiry, audience, presenter) and to <see cref="RejectRevokedTokens"/>, so a revoked or expired token is refused
/// exactly as before. Keyed by the token's SHA-256 and by what the signature check depended on besides the token (the
/// issuer the request implies and the expected token types); bounded in size.
/// </summary>
public sealed class ValidatedTokens : IDisposable
{
    /// <summary>At most this many tokens are kept; beyond it, a token is checked again on each request.</summary>
    public const int Capacity = 10_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>How many checked tokens are kept.</summary>
    public int Count => cache.Count;

    /// <summary>The principal IdentityModel made from this token, when its check is still valid; a copy each time.</summary>
    public ClaimsPrincipal? Find(ValidateTokenContext context) =>
        cache.TryGetValue(Key(context), out ClaimsPrincipal? principal) ? Copy(principal!) : null;

    /// <summary>Keeps the principal of a token IdentityModel has just checked, until the token's own expiry.</summary>
    public void Keep(ValidateTokenContext context, ClaimsPrincipal principal)
    {
        if (!long.TryParse(principal.FindFirst(Claims.ExpiresAt)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var expires))
        {
            return; // A token without an expiry is checked every time.
        }

        cache.Set(Key(context), Copy(principal), new MemoryCacheEntryOptions
        {
            AbsoluteExpiration = DateTimeOffset.FromUnixTimeSeconds(expires),
            Size = 1,
        });
    }

    /// <summary>
    /// A copy sharing no identity with <paramref name="principal"/>: OpenIddict adds its claims to the principal of each
    /// request, while other requests with the same token copy the kept one. (<see cref="ClaimsPrincipal.Clone"/> copies
    /// the list of identities, not the identities: every request added its claims to the same ones, concurrently.)
    /// </summary>
    internal static ClaimsPrincipal Copy(ClaimsPrincipal principal) => new(principal.Identities.Select(identity => identity.Clone()));

    private static string Key(ValidateTokenContext context) => string.Join('|',
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(context.Token))),
        context.Configuration.Issuer?.AbsoluteUri ?? context.BaseUri?.AbsoluteUri,
        string.Join(' ', context.ValidTokenTypes.Order(StringComparer.Ordinal)));

    public void Dispose() => cache.Dispose();

    /// <summary>Before IdentityModel's check: a token checked before skips it (OpenIddict keeps an attached principal).</summary>
    public sealed class ReuseChecked(ValidatedTokens tokens) : IOpenIddictValidationHandler<ValidateTokenContext>
    {
        public static OpenIddictValidationHandlerDescriptor Descriptor { get; } = OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<ReuseChecked>()
            .SetOrder(Protection.ValidateIdentityModelToken.Descriptor.Order - 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

        public ValueTask HandleAsync(ValidateTokenContext context)
        {
            if (context.Principal is null && !string.IsNullOrEmpty(context.Token))
            {
                context.Principal = tokens.Find(context);
            }

            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Right after IdentityModel's check, before OpenIddict maps the principal's claims: keeps what it made.</summary>
    public sealed class KeepChecked(ValidatedTokens tokens) : IOpenIddictValidationHandler<ValidateTokenContext>
    {
        public static OpenIddictValidationHandlerDescriptor Descriptor { get; } = OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<KeepChecked>()
            .SetOrder(Protection.ValidateIdentityModelToken.Descriptor.Order + 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

        public ValueTask HandleAsync(ValidateTokenContext context)
        {
            // A validation result is there only when IdentityModel checked the token in this request.
            if (context is { IsRejected: false, Principal: { } principal, TokenValidationResult.IsValid: true })
            {
                tokens.Keep(context, principal);
            }

            return ValueTask.CompletedTask;
        }
    }
}
