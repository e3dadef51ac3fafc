using CrmGraph.Identity.Keys;

namespace CrmGraph.Identity.Tests.Keys;

public sealed class RsaKeyFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crmgraph-keys-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_created_key_is_kept_and_the_same_key_is_loaded_again()
    {
        var path = Path.Combine(_folder, "keys", "signing.pem");

        var created = RsaKeyFile.LoadOrCreate(path);
        var loaded = RsaKeyFile.LoadOrCreate(path);

        Assert.True(File.Exists(path));
        Assert.Equal(created.KeyId, loaded.KeyId);
        Assert.Equal(created.Rsa.ExportParameters(false).Modulus, loaded.Rsa.ExportParameters(false).Modulus);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_created_key_file_is_readable_by_its_owner_only()
    {
        var path = Path.Combine(_folder, "encryption.pem");

        RsaKeyFile.LoadOrCreate(path);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void A_missing_configured_key_file_is_reported_by_name()
    {
        var path = Path.Combine(_folder, "absent.pem");

        var error = Assert.Throws<InvalidOperationException>(() => RsaKeyFile.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
