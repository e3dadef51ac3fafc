using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrmGraph.Server.Health;

/// <summary>
/// Writes a health report as JSON: the overall status and each check's status, description and duration. The
/// endpoints are anonymous, so the message of a check that threw (it may name hosts) stays in the server log.
/// </summary>
internal static class HealthReportJson
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new
                {
                    status = entry.Value.Status.ToString(),
                    description = entry.Value.Exception is null ? entry.Value.Description : "The check failed; the server log has the details.",
                    durationMs = Math.Round(entry.Value.Duration.TotalMilliseconds, 1),
                },
                StringComparer.Ordinal),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, JsonSerializerOptions.Web, context.RequestAborted);
    }
}
