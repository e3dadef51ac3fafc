using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CrmGraph.Identity.Keys;

/// <summary>RSA keys kept as PEM files, so every instance of the server can share them.</summary>
internal static class RsaKeyFile
{
    public static RsaSecurityKey Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The key file '{path}' does not exist.");
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        return new RsaSecurityKey(rsa) { KeyId = KeyIdOf(rsa) };
    }

    /// <summary>Loads the key at <paramref name="path"/>, first creating it (readable by the owner only) when absent.</summary>
    public static RsaSecurityKey LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using var rsa = RSA.Create(2048);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var writer = new StreamWriter(path, options);
            writer.Write(rsa.ExportPkcs8PrivateKeyPem());
        }

        return Load(path);
    }

    /// <summary>A stable key id (a hash of the public key), so resource servers can pick the key from the JWKS.</summary>
    private static string KeyIdOf(RSA rsa) =>
        Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()).AsSpan(0, 16).ToArray());
}
