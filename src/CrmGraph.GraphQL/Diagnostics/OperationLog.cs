using CrmGraph.Data.Diagnostics;
using CrmGraph.GraphQL.AspNetCore;
using CrmGraph.Identity.Callers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmGraph.GraphQL.Diagnostics;

/// <summary>
/// Writes one structured log line per GraphQL operation: what ran, for whom (the token's client, staff member and
/// partner), how long it took, how many SQL statements it sent and which error codes it answered with.
/// </summary>
public sealed partial class OperationLog(ILogger<OperationLog> logger)
{
    /// <summary>The transports' hook: logs <paramref name="operation"/> with the log of its services.</summary>
    public static void Write(ExecutedOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        operation.Options.RequestServices!.GetRequiredService<OperationLog>().Log(operation);
    }

    private void Log(ExecutedOperation operation)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var services = operation.Options.RequestServices!;
        var caller = operation.Options.User is { } user ? Caller.From(user) : null;
        OperationExecuted(
            logger,
            operation.Kind,
            operation.Name,
            caller?.ClientId,
            caller?.StaffId,
            caller?.PartnerId,
            operation.Duration.TotalMilliseconds,
            services.GetRequiredService<SqlStatementTally>().TakeNew(),
            operation.ErrorCount,
            string.Join(',', operation.ErrorCodes));
    }

    [LoggerMessage(
        EventId = 1,
        EventName = "GraphQLOperation",
        Level = LogLevel.Information,
        Message = "GraphQL {OperationKind} {OperationName} by client {ClientId} (staff {StaffId}, partner {PartnerId}) took {DurationMs:0.0} ms, " +
            "{SqlStatements} SQL statements, {ErrorCount} errors {ErrorCodes}")]
    private static partial void OperationExecuted(
        ILogger logger,
        string operationKind,
        string? operationName,
        string? clientId,
        int? staffId,
        int? partnerId,
        double durationMs,
        int sqlStatements,
        int errorCount,
        string errorCodes);
}
