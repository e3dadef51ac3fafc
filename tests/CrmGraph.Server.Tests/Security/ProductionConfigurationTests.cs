using System.Net;
using System.Security.Cryptography;
using System.Text;
using CrmGraph.Data;
using CrmGraph.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CrmGraph.Server.Tests.Security;

/// <summary>
/// Outside Development the server uses the keys it is given, makes no demo identities, serves OAuth over
/// TLS only and ignores Development conveniences (introspection, field suggestions); without keys it refuses to start.
/// </summary>
public sealed class ProductionConfigurationTests(ProductionConfigurationTests.ProductionServer production) : IClassFixture<ProductionConfigurationTests.ProductionServer>
{
    private const string ProbeClient = "ops-probe";
    private const string ProbeSecret = "ops-probe-secret-for-tests";

    [Fact]
    public async Task No_demo_clients_or_staff_accounts_exist_so_a_demo_client_is_unknown()
    {
        var token = await production.OAuth.ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read");
        Assert.Equal(HttpStatusCode.Unauthorized, token.Status);
        Assert.Equal("invalid_client", token.Error);

        await using var scope = production.Server.Services.CreateServerWorkScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        Assert.Null(await applications.FindByClientIdAsync("partner-north"));
        Assert.Null(await applications.FindByClientIdAsync("crm-web"));
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.True(await db.StaffMembers.AnyAsync(), "The demo data has staff, so no accounts means none were made for them.");
    }

    [Fact]
    public async Task Tokens_are_signed_with_the_configured_key_and_accepted_over_tls()
    {
        var token = await production.OAuth.ClientCredentialsAsync(ProbeClient, ProbeSecret, "crm.read");
        Assert.Null(token.Error);
        var parts = token.AccessToken.Split('.');
        using var configured = RSA.Create(production.SigningKey);
        Assert.True(configured.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Jwt.Base64UrlDecode(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

        using var client = GraphQLClientFor(token);
        await client.DataAsync("{ customers(first: 1) { totalCount } }");
    }

    [Fact]
    public async Task Introspection_is_refused_and_validation_messages_suggest_no_names()
    {
        using var client = GraphQLClientFor(await production.OAuth.ClientCredentialsAsync(ProbeClient, ProbeSecret, "crm.read"));

        var introspection = await client.PostAsync("{ __schema { types { name } } }");
        var typo = await client.PostAsync("{ customrs(first: 1) { totalCount } }");

        Assert.Equal(HttpStatusCode.BadRequest, introspection.Status);
        Assert.Equal(["INTROSPECTION_DISABLED"], introspection.ErrorCodes);
        Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], typo.ErrorCodes);
        Assert.DoesNotContain("Did you mean", typo.Body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("customers", typo.Body.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>A GraphQL client of the probe client over TLS, with <paramref name="token"/>.</summary>
    private GraphQLClient GraphQLClientFor(TokenResponse token)
    {
        var client = new GraphQLClient(new HttpClient(TestKeys.TrustingOnly(production.Thumbprint)) { BaseAddress = production.Https });
        client.Http.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        return client;
    }

    [Fact]
    public async Task Discovery_names_the_configured_issuer_whatever_host_the_request_names()
    {
        using var http = new HttpClient(TestKeys.TrustingOnly(production.Thumbprint)) { BaseAddress = production.Https };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        request.Headers.Host = "evil.example";

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var discovery = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(ProductionServer.Issuer, discovery.GetProperty("issuer").GetString());
        Assert.DoesNotContain("evil.example", discovery.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_endpoint_refuses_plain_http()
    {
        var overHttp = await new OAuthClient(production.Http).ClientCredentialsAsync(ProbeClient, ProbeSecret, "crm.read");
        Assert.Equal(HttpStatusCode.BadRequest, overHttp.Status);
        Assert.Equal("invalid_request", overHttp.Error);
        Assert.Contains("HTTPS", overHttp.Body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_introspection_is_a_development_convenience_only()
    {
        // The fixture sets Auth:AllowAnonymousIntrospection, which only Development honours.
        using var anonymous = GraphQLClient.For(production.Http, accessToken: null);
        using var response = await anonymous.SendAsync("{ __schema { queryType { name } } }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(false, "Auth:SigningKeyFile")]
    [InlineData(true, "Auth:EncryptionKeyFile")]
    public async Task Without_key_files_the_server_refuses_to_build_and_names_the_missing_setting(bool withSigningKey, string missing)
    {
        await using var server = new RunningServer();
        var signingKey = Path.Combine(server.DataFolder, "signing.pem");
        TestKeys.WriteRsaKey(signingKey);
        string[] settings = withSigningKey ? ["--Auth:SigningKeyFile", signingKey] : [];

        var refusal = Assert.Throws<InvalidOperationException>(() => server.Build("Production", settings));
        Assert.Contains(missing, refusal.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A Production server with operator-provided signing and encryption keys, listening on TLS (with a
    /// self-signed certificate) and on plain HTTP, seeded with demo data because it is asked to, and with one client an operator registered.
    /// </summary>
    public sealed class ProductionServer : ConfiguredServer
    {
        public RSAParameters SigningKey { get; private set; }

        public string Thumbprint { get; private set; } = null!;

        public Uri Https => Server.Addresses.Single(a => a.Scheme == Uri.UriSchemeHttps);

        public Uri Http => Server.Addresses.Single(a => a.Scheme == Uri.UriSchemeHttp);

        public OAuthClient OAuth { get; private set; } = null!;

        /// <summary>The public address an operator configures; the test talks to the loopback port behind it.</summary>
        public const string Issuer = "https://crm.example.com/";

        protected override string Environment => "Production";

        protected override string[] Settings(string dataFolder)
        {
            string Path(string name) => System.IO.Path.Combine(dataFolder, name);
            SigningKey = TestKeys.WriteRsaKey(Path("signing.pem"));
            TestKeys.WriteRsaKey(Path("encryption.pem"));
            Thumbprint = TestKeys.WriteLoopbackCertificate(Path("tls.crt"), Path("tls.key"));
            return
            [
                "--urls", "https://127.0.0.1:0;http://127.0.0.1:0",
                "--Kestrel:Certificates:Default:Path", Path("tls.crt"),
                "--Kestrel:Certificates:Default:KeyPath", Path("tls.key"),
                "--Auth:SigningKeyFile", Path("signing.pem"),
                "--Auth:EncryptionKeyFile", Path("encryption.pem"),
                "--Auth:Issuer", Issuer,
                "--Auth:AllowAnonymousIntrospection", "true",
                "--Database:SeedDemoData", "true",
            ];
        }

        protected override async Task StartedAsync()
        {
            OAuth = new OAuthClient(Https, TestKeys.TrustingOnly(Thumbprint));
            await using var scope = Server.Services.CreateServerWorkScope();
            await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = ProbeClient,
                ClientSecret = ProbeSecret,
                ClientType = ClientTypes.Confidential,
                Permissions =
                {
                    Permissions.Endpoints.Token,
                    Permissions.GrantTypes.ClientCredentials,
                    Permissions.Prefixes.Scope + "crm.read",
                },
            });
        }
    }
}
