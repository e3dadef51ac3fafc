namespace CrmGraph.Server.Tests.Ide;

/// <summary>
/// The machine's own Chromium (Debian's <c>chromium</c> package, which <c>.ci/run</c> installs), driven by Playwright
/// without any browser download; <c>CHROMIUM_PATH</c> names another binary.
/// </summary>
public static class SystemChromium
{
    /// <summary>The flags a headless Chromium needs when run as root in a container, and to stay off the network.</summary>
    public static IReadOnlyList<string> Flags { get; } =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static string? Path { get; } = new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
        .FirstOrDefault(candidate => !string.IsNullOrEmpty(candidate) && File.Exists(candidate));
}
