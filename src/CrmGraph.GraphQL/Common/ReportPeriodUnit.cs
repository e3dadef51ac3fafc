namespace CrmGraph.GraphQL.Common;

/// <summary>The calendar periods (UTC) a management report splits its time range into; None keeps it whole.</summary>
public enum ReportPeriodUnit
{
    None,
    Month,
    Quarter,
}
