using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>Key and certificate files made for one test run, the way an operator would provide them.</summary>
public static class TestKeys
{
    /// <summary>Writes a new RSA key to <paramref name="path"/> as a PKCS#8 PEM file and returns its public half.</summary>
    public static RSAParameters WriteRsaKey(string path)
    {
        using var rsa = RSA.Create(2048);
        File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
        return rsa.ExportParameters(includePrivateParameters: false);
    }

    /// <summary>
    /// Writes a self-signed TLS certificate for 127.0.0.1 and its key as PEM files and returns its SHA-256
    /// thumbprint, so a client can trust exactly this certificate.
    /// </summary>
    public static string WriteLoopbackCertificate(string certificatePath, string keyPath)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, rsa.ExportPkcs8PrivateKeyPem());
        return certificate.GetCertHashString(HashAlgorithmName.SHA256);
    }

    /// <summary>An HTTP handler that trusts only the certificate with <paramref name="thumbprint"/>.</summary>
    public static HttpClientHandler TrustingOnly(string thumbprint) => new()
    {
        ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            certificate is not null && string.Equals(certificate.GetCertHashString(HashAlgorithmName.SHA256), thumbprint, StringComparison.OrdinalIgnoreCase),
    };
}
