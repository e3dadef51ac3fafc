using System.Net;

namespace CrmGraph.Server.Tests.Security;

/// <summary>A forged Host header changes nothing: Development answers loopback host names only when no issuer is set.</summary>
[Collection(ServerCollection.Name)]
public sealed class IssuerTests(CrmServerFixture server)
{
    [Fact]
    public async Task Discovery_with_a_forged_host_is_refused_rather_than_naming_that_host()
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        request.Headers.Host = "evil.example";

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_the_server_refuses_to_build_without_an_issuer()
    {
        await using var production = new RunningServer();
        var signingKey = Path.Combine(production.DataFolder, "signing.pem");
        var encryptionKey = Path.Combine(production.DataFolder, "encryption.pem");
        TestKeys.WriteRsaKey(signingKey);
        TestKeys.WriteRsaKey(encryptionKey);

        var refusal = Assert.Throws<InvalidOperationException>(() => production.Build("Production", "--Auth:SigningKeyFile", signingKey, "--Auth:EncryptionKeyFile", encryptionKey));

        Assert.Contains("Auth:Issuer", refusal.Message, StringComparison.Ordinal);
    }
}
