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
public sealed class ClientRegistry(IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens)
{
    public const string OrganisationProperty = "org_id";
    public const string DisabledProperty = "disabled";

    public async Task<object> RegisterAsync(string clientId, string secret, string displayName, Organisation organisation, IEnumerable<string>? scopes, CancellationToken cancellationToken)
    {
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
        if (properties.TryGetValue(DisabledProperty, out var disabled) && disabled.ValueKind == JsonValueKind.True)
        {
            return null;
        }

        return properties.TryGetValue(OrganisationProperty, out var organisation)
            && long.TryParse(organisation.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }

    /// <summary>The scopes the client is permitted to request.</summary>
    public async Task<IReadOnlySet<string>> PermittedScopesAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return new HashSet<string>();
        }

        var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
        return permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Disables a client: no new token, and every token it holds is revoked for the very next request.</summary>
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
