namespace Partners.Api.Identity;

/// <summary>The <c>Identity</c> configuration section.</summary>
public sealed class PartnersIdentityOptions
{
    public const string Section = "Identity";

    /// <summary>The audience every access token is restricted to.</summary>
    public const string ApiAudience = "partners-api";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A Commission member's refresh token: each use replaces it (rotation), logout revokes it.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// Where the Commission's dashboard is served (scheme, host, port), one per public address of the API: the
    /// public client <c>commission-dashboard</c> may only be redirected to <c>/commission/</c> there.
    /// </summary>
    public string[] DashboardOrigins { get; set; } = [];

    /// <summary>Failed passwords (or codes) in a row that lock a member's account, and for how long.</summary>
    public int MemberMaxFailedAttempts { get; set; } = 5;

    public TimeSpan MemberLockout { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>How often each instance re-reads the revoked tokens: a token revoked elsewhere stops within this.</summary>
    public TimeSpan RevocationPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Production: PKCS#12 files for signing and encrypting tokens. Missing ones stop the host at start.</summary>
    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePassword { get; set; }

    public string? EncryptionCertificatePath { get; set; }

    public string? EncryptionCertificatePassword { get; set; }

    /// <summary>Refuse plain-HTTP token requests (keep true behind anything but a TLS-terminating proxy).</summary>
    public bool RequireHttps { get; set; } = true;
}
