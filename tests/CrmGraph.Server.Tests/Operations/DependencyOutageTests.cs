using System.Net;
using System.Net.Sockets;

namespace CrmGraph.Server.Tests.Operations;

/// <summary>
/// With a dependency down the server is not ready (503, the failing check named) but still live, so an orchestrator
/// stops sending it traffic without restarting it.
/// </summary>
public sealed class DependencyOutageTests(DependencyOutageTests.DatabaseDown databaseDown, DependencyOutageTests.RedisDown redisDown)
    : IClassFixture<DependencyOutageTests.DatabaseDown>, IClassFixture<DependencyOutageTests.RedisDown>
{
    [Fact]
    public async Task Ready_is_503_with_the_database_unhealthy_when_the_database_cannot_be_reached()
    {
        var (status, body) = await HealthProbe.GetAsync(databaseDown.Server.BaseAddress, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", HealthProbe.CheckStatus(body, "database"));
    }

    [Fact]
    public async Task Ready_is_503_with_redis_unhealthy_and_the_database_healthy_when_redis_is_at_a_closed_port()
    {
        var (status, body) = await HealthProbe.GetAsync(redisDown.Server.BaseAddress, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", HealthProbe.CheckStatus(body, "redis"));
        Assert.Equal("Healthy", HealthProbe.CheckStatus(body, "database"));
    }

    [Fact]
    public async Task Live_stays_healthy_whichever_dependency_is_down()
    {
        foreach (var server in new[] { databaseDown.Server, redisDown.Server })
        {
            var (status, body) = await HealthProbe.GetAsync(server.BaseAddress, "/health/live");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("Healthy", body.GetProperty("status").GetString());
        }
    }

    /// <summary>
    /// A server whose SQLite file lies in a folder that does not exist, so no connection can open it (a folder made
    /// unreadable would not do: tests may run as root). It neither migrates nor seeds, and takes tokens from an
    /// external authority, so nothing at start-up needs the database.
    /// </summary>
    public sealed class DatabaseDown : ConfiguredServer
    {
        protected override string Environment => "Development";

        protected override string[] Settings(string dataFolder) =>
        [
            "--Database:ConnectionString", $"Data Source={Path.Combine(dataFolder, "missing", "crmgraph.db")};Mode=ReadWrite",
            "--Database:MigrateOnStartup", "false",
            "--Database:SeedDemoData", "false",
            "--Auth:Authority", "http://127.0.0.1:1/",
        ];
    }

    /// <summary>A server on a working database whose event bus is pointed at a loopback port nothing listens on.</summary>
    public sealed class RedisDown : ConfiguredServer
    {
        protected override string Environment => "Development";

        protected override string[] Settings(string dataFolder) =>
            ["--Redis:Configuration", $"127.0.0.1:{ClosedLoopbackPort()},connectTimeout=500", "--Database:SeedDemoData", "false"];

        private static int ClosedLoopbackPort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
