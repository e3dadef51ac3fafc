namespace CrmGraph.GraphQL.ComplaintAnalysis;

/// <summary>How the <c>complaintAnalysis</c> figures are split into buckets.</summary>
public enum ComplaintAnalysisGrouping
{
    /// <summary>By UTC calendar month of receipt, clipped to the range.</summary>
    Month,

    /// <summary>By UTC calendar quarter of receipt, clipped to the range.</summary>
    Quarter,

    Category,

    Severity,

    RootCause,

    Product,

    Partner,

    Channel,
}
