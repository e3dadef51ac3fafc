using System.Globalization;
using CrmGraph.GraphQL.AspNetCore.Events;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrmGraph.Server.Health;

/// <summary>Ready only while the event bus reaches Redis, so that complaint notices reach the other instances.</summary>
internal sealed class RedisHealthCheck(RedisEventBus bus) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Without a connection a ping would wait in the library's backlog for one; the answer is known already.
        if (!bus.IsConnected)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Not connected to Redis.");
        }

        var roundTrip = await bus.PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"PING answered in {roundTrip.TotalMilliseconds:0.0} ms."));
    }
}
