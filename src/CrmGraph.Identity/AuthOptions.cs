using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CrmGraph.Identity;

/// <summary>The <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>An external OpenID Connect provider whose tokens the API accepts instead of the embedded server's.</summary>
    public Uri? Authority { get; set; }

    /// <summary>The audience access tokens must be issued for.</summary>
    public string Audience { get; set; } = "crm-api";

    /// <summary>The embedded server's issuer URI; by default the address it is reached at.</summary>
    public Uri? Issuer { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>PEM file of the RSA key that signs tokens; required outside Development.</summary>
    public string? SigningKeyFile { get; set; }

    /// <summary>PEM file of the RSA key that encrypts authorization codes and refresh tokens; required outside Development.</summary>
    public string? EncryptionKeyFile { get; set; }

    /// <summary>Let anonymous callers run introspection queries (honoured in Development only).</summary>
    public bool AllowAnonymousIntrospection { get; set; }

    /// <summary>Failed sign-ins with one email from one address before that address may not try it for <see cref="LockoutDuration"/>.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long the API may trust its last look at a token's standing (token and grant not revoked, staff account not
    /// locked, staff member active) before looking again: the most a withdrawn token keeps working. Zero looks every time.
    /// </summary>
    public TimeSpan RevocationCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a set-password link (first administrator, invitation, reset) can be used; it works once.</summary>
    public TimeSpan SetPasswordLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a confidential client's old secret keeps working after its secret is rotated.</summary>
    public TimeSpan SecretRotationGracePeriod { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Whether an Administrator must have authenticator codes turned on before any authorization code is issued to them.
    /// Unset, it is on outside Development (an administrator's password alone should not hand over the organisation)
    /// and off in Development, whose demo administrator has no authenticator.
    /// </summary>
    public bool? RequireTwoFactorForAdministrators { get; set; }

    public bool UsesEmbeddedServer => Authority is null;

    /// <summary>Reads the section; anonymous introspection is honoured in Development only, and the administrators' second factor is settled for the environment.</summary>
    public static AuthOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(SectionName).Get<AuthOptions>() ?? new AuthOptions();
        options.AllowAnonymousIntrospection &= environment.IsDevelopment();
        options.RequireTwoFactorForAdministrators ??= !environment.IsDevelopment();
        return options;
    }
}
