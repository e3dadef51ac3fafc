using System.Diagnostics;

namespace CrmGraph.Data.Diagnostics;

/// <summary>Where the CRM database's commands are traced: one client span per SQL statement.</summary>
public static class DataTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> name a tracer provider listens to for SQL statement spans.</summary>
    public const string SourceName = "CrmGraph.Data";

    internal static readonly ActivitySource Source = new(SourceName);
}
