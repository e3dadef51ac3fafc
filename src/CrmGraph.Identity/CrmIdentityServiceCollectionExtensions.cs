using CrmGraph.Data;
using CrmGraph.Data.Accounts;
using CrmGraph.Identity.Accounts;
using CrmGraph.Identity.Authorization;
using CrmGraph.Identity.Clients;
using CrmGraph.Identity.Demo;
using CrmGraph.Identity.Endpoints;
using CrmGraph.Identity.Keys;
using CrmGraph.Identity.SignIn;
using CrmGraph.Identity.TwoFactor;
using CrmGraph.Identity.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using OpenIddict.EntityFrameworkCore.Models;
using OpenIddict.Validation.AspNetCore;

namespace CrmGraph.Identity;

public static class CrmIdentityServiceCollectionExtensions
{
    /// <summary>The path of the sign-in page staff are sent to by the authorization endpoint.</summary>
    public const string SignInPath = "/account/signin";

    /// <summary>
    /// Makes the API an OAuth 2.0 resource server and, unless <c>Auth:Authority</c> names an external
    /// provider, runs the embedded authorization server with staff sign-in.
    /// </summary>
    public static IServiceCollection AddCrmIdentity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var options = AuthOptions.From(configuration, environment);
        services.AddSingleton(options);

        services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        services.AddAuthorization(CrmPolicies.AddTo);
        services.AddSingleton<IAuthorizationHandler, ScopeRequirementHandler>();
        services.AddSingleton<IAuthorizationHandler, StaffRoleRequirementHandler>();

        var openIddict = services.AddOpenIddict();
        if (options.UsesEmbeddedServer)
        {
            AddEmbeddedServer(services, openIddict, options, environment, dataFolder);
        }

        openIddict.AddValidation(validation =>
        {
            if (options.Authority is { } authority)
            {
                validation.SetIssuer(authority);
                validation.UseSystemNetHttp();
            }
            else
            {
                validation.UseLocalServer();
            }

            validation.AddAudiences(options.Audience);
            // Tokens travel in the Authorization header only: query strings and form bodies end up in logs, proxies and history.
            validation.UseAspNetCore()
                .DisableAccessTokenExtractionFromQueryString()
                .DisableAccessTokenExtractionFromBodyForm();
        });
        return services;
    }

    private static void AddEmbeddedServer(IServiceCollection services, OpenIddictBuilder openIddict, AuthOptions options, IHostEnvironment environment, string dataFolder)
    {
        services.AddIdentityCore<StaffAccount>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                // Failed sign-ins lock an address out of an account (SignInAttempts), never the account itself;
                // an account's lockout end is an administrator's lock.
                // Length over character classes, as current password guidance recommends.
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<CrmDbContext>()
            .AddDefaultTokenProviders();
        // Set-password links are password reset tokens: they die with the first use (the security stamp changes) or in time.
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = options.SetPasswordLinkLifetime);
        // Every request a sign-in cookie authenticates re-reads the account, so "sign out everywhere" ends sessions at once.
        services.Configure<SecurityStampValidatorOptions>(stamps => stamps.ValidationInterval = TimeSpan.Zero);
        services.AddAuthentication().AddCookie(IdentityConstants.ApplicationScheme, cookie =>
        {
            cookie.LoginPath = SignInPath;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
        });
        // Between a right password and the authenticator code: names the account, nothing more, for a few minutes.
        services.AddAuthentication().AddCookie(TwoFactorSignInEndpoints.PendingScheme, cookie =>
        {
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TwoFactorSignInEndpoints.PendingLifetime;
            cookie.SlidingExpiration = false;
        });
        // Never issued ("remember this browser" is not offered), but Identity's security stamp validator signs out of it
        // when it rejects a session, which fails unless the scheme exists.
        services.AddAuthentication().AddCookie(IdentityConstants.TwoFactorRememberMeScheme);
        services.AddAntiforgery();
        // Sign-in cookies and anti-forgery tokens stay valid across restarts (and instances sharing the folder).
        services.AddDataProtection()
            .SetApplicationName("CrmGraph")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys", "data-protection")));
        services.AddScoped<DemoIdentitySeeder>();
        services.AddSingleton<AccessStanding>();
        services.AddSingleton<SignInAttempts>();
        services.AddScoped<PasswordCheck>();
        openIddict.AddValidation(validation => validation.AddEventHandler(RefuseWithdrawnAccess.Descriptor));

        services.AddScoped<StaffAccounts>();
        services.AddScoped<StaffAuthenticators>();
        services.AddScoped<OAuthClientAdministration>();

        openIddict
            .AddCore(core =>
            {
                core.UseEntityFrameworkCore().UseDbContext<CrmDbContext>();
                core.ReplaceApplicationManager<OpenIddictEntityFrameworkCoreApplication, RotatingSecretApplicationManager>();
            })
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession")
                    .SetIntrospectionEndpointUris("connect/introspect")
                    .SetRevocationEndpointUris("connect/revoke");
                server.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .AllowRefreshTokenFlow()
                    .RequireProofKeyForCodeExchange();
                // Only S256: with "plain" the challenge is the verifier itself, so whoever sees the request can redeem the code.
                server.Configure(openIddictServer => openIddictServer.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                server.RemoveEventHandler(RejectUnpermittedScopes.Replaced).AddEventHandler(RejectUnpermittedScopes.Descriptor);
                server.RegisterScopes([Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, .. CrmScopes.All]);
                server.SetAccessTokenLifetime(options.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(options.RefreshTokenLifetime)
                    // A refresh token is good for one use: presenting it again revokes the whole grant.
                    .SetRefreshTokenReuseLeeway(TimeSpan.Zero);

                // Access tokens are plain signed JWTs (RFC 9068) so external resource servers can read them too.
                server.DisableAccessTokenEncryption();
                server.AddSigningKey(KeyOf(options.SigningKeyFile, "signing", environment, dataFolder));
                server.AddEncryptionKey(KeyOf(options.EncryptionKeyFile, "encryption", environment, dataFolder));
                if (options.Issuer is { } issuer)
                {
                    server.SetIssuer(issuer).AddEventHandler(AnchorDiscoveryToIssuer.Descriptor);
                }
                else
                {
                    AnswerLoopbackHostsOnly(services, environment);
                }

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (environment.IsDevelopment())
                {
                    // Development runs on plain http://localhost; everywhere else TLS is required.
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });
    }

    /// <summary>
    /// Without a configured issuer the embedded server names itself after the request's Host header, which a client can
    /// forge. Development then answers loopback host names only (unless <c>AllowedHosts</c> names others); elsewhere an
    /// issuer is required.
    /// </summary>
    private static void AnswerLoopbackHostsOnly(IServiceCollection services, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Auth:Issuer must be set outside Development, to the public address clients reach the server at (e.g. https://crm.example.com/), so that tokens and discovery never name an address taken from a request's Host header.");
        }

        services.PostConfigure<HostFilteringOptions>(hosts =>
        {
            if (hosts.AllowedHosts.Count == 0 || hosts.AllowedHosts.Contains("*"))
            {
                hosts.AllowedHosts = ["localhost", "127.0.0.1", "[::1]"];
            }
        });
    }

    /// <summary>
    /// Keys come from configuration; only Development may create its own, kept in the data folder so tokens
    /// survive a restart.
    /// </summary>
    private static Microsoft.IdentityModel.Tokens.SecurityKey KeyOf(string? configuredFile, string purpose, IHostEnvironment environment, string dataFolder)
    {
        if (configuredFile is not null)
        {
            return RsaKeyFile.Load(configuredFile);
        }

        if (!environment.IsDevelopment())
        {
            var setting = purpose == "signing" ? nameof(AuthOptions.SigningKeyFile) : nameof(AuthOptions.EncryptionKeyFile);
            throw new InvalidOperationException(
                $"Auth:{setting} must name a PEM file holding the RSA {purpose} key outside Development (or set Auth:Authority to use an external provider).");
        }

        return RsaKeyFile.LoadOrCreate(Path.Combine(dataFolder, "keys", $"development-{purpose}-key.pem"));
    }
}
