namespace Partners.Api.Identity;

/// <summary>The <c>Identity</c> configuration section.</summary>
public sealed class PartnersIdentityOptions
{
    public const string Section = "Identity";

    /// <summary>The audience every access token is restricted to.</summary>
    public const string ApiAudience = "partners-api";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

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
