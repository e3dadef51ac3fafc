namespace CrmGraph.Server.Tests.Ide;

/// <summary>
/// A Development server on a fixed free loopback port: the IDE's sign-in redirects back to the IDE's own address,
/// which the demo IDE client registers from the configured address at start-up (port 0 has none yet).
/// </summary>
public sealed class IdeServer : ConfiguredServer
{
    protected override string Environment => "Development";

    protected override string[] Settings(string dataFolder) => ["--urls", $"http://127.0.0.1:{RedisServer.FreeLoopbackPort()}"];
}
