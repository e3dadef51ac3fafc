using System.Net;
using System.Net.Sockets;
using Garnet;
using Garnet.server;
using Xunit;

namespace CrmGraph.Testing;

/// <summary>
/// A real Redis-protocol server on a free loopback port, without persistence, started once for the tests that need
/// one and stopped after them. By default it is Garnet, hosted in the test process, so the tests need nothing but the
/// SDK; with <see cref="ExternalServerVariable"/> naming a <c>redis-server</c> binary they run against that instead.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    /// <summary>The environment variable that names a <c>redis-server</c> binary to test against instead of Garnet.</summary>
    public const string ExternalServerVariable = "CRMGRAPH_TEST_REDIS_SERVER";

    private GarnetServer? _garnet;
    private RedisServerProcess? _process;

    /// <summary>The StackExchange.Redis configuration string that reaches this server.</summary>
    public string Configuration { get; private set; } = string.Empty;

    /// <summary>The port to listen on; a free one when left at 0.</summary>
    public int Port { get; init; }

    public async Task InitializeAsync()
    {
        var port = Port == 0 ? FreeLoopbackPort() : Port;
        if (Environment.GetEnvironmentVariable(ExternalServerVariable) is { Length: > 0 } binary)
        {
            _process = await RedisServerProcess.StartAsync(binary, port);
        }
        else
        {
            _garnet = new GarnetServer(new GarnetServerOptions
            {
                EndPoints = [new IPEndPoint(IPAddress.Loopback, port)],
                EnableStorageTier = false,
                QuietMode = true,
            });
            _garnet.Start();
        }

        Configuration = $"127.0.0.1:{port}";
    }

    public async Task DisposeAsync()
    {
        _garnet?.Dispose();
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
