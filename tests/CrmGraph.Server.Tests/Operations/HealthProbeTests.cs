using System.Net;

namespace CrmGraph.Server.Tests.Operations;

/// <summary>The probes answer anonymously with JSON: live without asking anything, ready once the database answers.</summary>
[Collection(ServerCollection.Name)]
public sealed class HealthProbeTests(CrmServerFixture server)
{
    [Fact]
    public async Task Live_answers_healthy_without_a_token_and_asks_no_dependency()
    {
        var (status, body) = await HealthProbe.GetAsync(server.BaseAddress, "/health/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Empty(body.GetProperty("checks").EnumerateObject());
    }

    [Fact]
    public async Task Ready_answers_healthy_with_the_database_check_and_no_redis_check_when_redis_is_not_configured()
    {
        var (status, body) = await HealthProbe.GetAsync(server.BaseAddress, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.False(checks.TryGetProperty("redis", out _));
    }
}
