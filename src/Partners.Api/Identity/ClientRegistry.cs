using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using OpenIddict.Abstractions;
using Partners.Domain.Organisations;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Partners.Api.Identity;

/// <summary>
/// The OAuth clients and their organisation. A client may hold only the scopes its organisation's kind allows;
/// secrets are hashed by OpenIddict and never stored in clear; disabling revokes every token at once.
/// </summary>
public sealed class ClientRegistry(IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens, TokenRevocations revocations)
{
    public const string OrganisationProperty = "org_id";
    public const string DisabledProperty = "disabled";
    public const string SocialServiceProperty = "social_service";

    /// <summary>
    /// Registers a confidential client. <paramref name="socialService"/> registers an Office client as the Office's
    /// social service (reads HEALTH by rule, records HEALTH consents); refused for any other kind.
    /// </summary>
    public async Task<object> RegisterAsync(
        string clientId, string secret, string displayName, Organisation organisation, IEnumerable<string>? scopes, CancellationToken cancellationToken,
        bool socialService = false)
    {
        if (socialService && organisation.Kind != OrganisationKind.Office)
        {
            throw new ArgumentException("Only an Office client can be registered as the social service.", nameof(socialService));
        }

        var allowed = Scopes.AllowedFor(organisation.Kind);
        var granted = (scopes ?? allowed).Where(allowed.Contains).Distinct(StringComparer.Ordinal).ToList();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = displayName,
        };
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        foreach (var scope in granted)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        descriptor.Properties[OrganisationProperty] = JsonSerializer.SerializeToElement(organisation.Id.ToString(CultureInfo.InvariantCulture));
        if (socialService)
        {
            descriptor.Properties[SocialServiceProperty] = JsonSerializer.SerializeToElement(true);
        }

        return await applications.CreateAsync(descriptor, cancellationToken);
    }

    /// <summary>The organisation a client belongs to, or null for an unknown or disabled client.</summary>
    public async Task<long?> OrganisationOfAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        return IsDisabled(properties) ? null : OrganisationIn(properties);
    }

    /// <summary>Whether the client is registered as the Office's social service.</summary>
    public async Task<bool> IsSocialServiceAsync(string clientId, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application
        && IsSocialService(await applications.GetPropertiesAsync(application, cancellationToken));

    /// <summary>Every registered client, by client id: its organisation, permitted scopes and whether it is enabled.</summary>
    public async Task<IReadOnlyList<RegisteredClient>> ListAsync(CancellationToken cancellationToken)
    {
        var clients = new List<RegisteredClient>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            var properties = await applications.GetPropertiesAsync(application, cancellationToken);
            var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
            clients.Add(new RegisteredClient(
                (await applications.GetClientIdAsync(application, cancellationToken))!,
                OrganisationIn(properties),
                [.. ScopesOf(permissions)],
                !IsDisabled(properties),
                IsSocialService(properties)));
        }

        return [.. clients.OrderBy(c => c.ClientId, StringComparer.Ordinal)];
    }

    /// <summary>The scopes the client is permitted to request.</summary>
    public async Task<IReadOnlySet<string>> PermittedScopesAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return new HashSet<string>();
        }

        return ScopesOf(await applications.GetPermissionsAsync(application, cancellationToken)).ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsDisabled(ImmutableDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(DisabledProperty, out var disabled) && disabled.ValueKind == JsonValueKind.True;

    private static bool IsSocialService(ImmutableDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(SocialServiceProperty, out var value) && value.ValueKind == JsonValueKind.True;

    private static long? OrganisationIn(ImmutableDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(OrganisationProperty, out var organisation)
            && long.TryParse(organisation.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    private static IEnumerable<string> ScopesOf(IEnumerable<string> permissions) =>
        permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..]).Order(StringComparer.Ordinal);

    /// <summary>Disables a client: no new token, and every token it holds is revoked (on every instance within seconds).</summary>
    public async Task<bool> DisableAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return false;
        }

        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        descriptor.Properties[DisabledProperty] = JsonSerializer.SerializeToElement(true);
        descriptor.Permissions.Remove(Permissions.Endpoints.Token);
        await applications.UpdateAsync(application, descriptor, cancellationToken);

        var applicationId = await applications.GetIdAsync(application, cancellationToken);
        await tokens.RevokeByApplicationIdAsync(applicationId!, cancellationToken);
        // This instance refuses them from the next request; the others within their poll interval.
        await revocations.RefreshAsync(cancellationToken);
        return true;
    }

    /// <summary>Replaces a client's secret; tokens already issued stay valid until they expire.</summary>
    public async Task<bool> RotateSecretAsync(string clientId, string newSecret, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return false;
        }

        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        descriptor.ClientSecret = newSecret;
        await applications.UpdateAsync(application, descriptor, cancellationToken);
        return true;
    }
}

/// <summary>A client as the registry lists it.</summary>
public sealed record RegisteredClient(string ClientId, long? OrganisationId, IReadOnlyList<string> Scopes, bool Enabled, bool SocialService = false);
