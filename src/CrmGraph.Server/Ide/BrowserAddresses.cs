using CrmGraph.Identity;

namespace CrmGraph.Server.Ide;

/// <summary>
/// The addresses a browser may reach this server at, as its configuration says before it starts: each of <c>urls</c>
/// (else <c>HTTP_PORTS</c>, else Kestrel's default), a wildcard or loopback host as both <c>localhost</c> and
/// <c>127.0.0.1</c>, and <c>Auth:Issuer</c> when set. An address on port 0 has no port yet and is left out.
/// </summary>
internal static class BrowserAddresses
{
    private const string KestrelDefault = "http://localhost:5000";
    private static readonly string[] AnyHost = ["*", "+", "0.0.0.0", "[::]", "localhost", "127.0.0.1", "[::1]"];

    public static IReadOnlyList<Uri> From(IConfiguration configuration, AuthOptions auth)
    {
        var bindings = configuration["urls"]
            ?? string.Join(';', (configuration["HTTP_PORTS"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries).Select(port => $"http://*:{port.Trim()}"));
        var addresses = (string.IsNullOrWhiteSpace(bindings) ? KestrelDefault : bindings)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(BindingAddress.Parse)
            .Where(binding => binding.Port != 0)
            .SelectMany(binding => AnyHost.Contains(binding.Host, StringComparer.OrdinalIgnoreCase)
                ? [new UriBuilder(binding.Scheme, "localhost", binding.Port).Uri, new UriBuilder(binding.Scheme, "127.0.0.1", binding.Port).Uri]
                : new[] { new UriBuilder(binding.Scheme, binding.Host, binding.Port).Uri });
        return (auth.Issuer is { } issuer ? addresses.Append(issuer) : addresses).Distinct().ToList();
    }
}
