using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrmGraph.Server.Health;

/// <summary>
/// Ready only while the database answers: the provider can connect (for SQLite, the file is there) and a trivial
/// statement runs.
/// </summary>
internal sealed class DatabaseHealthCheck(CrmDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false))
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The database cannot be reached.");
        }

        await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken).ConfigureAwait(false);
        return HealthCheckResult.Healthy();
    }
}
