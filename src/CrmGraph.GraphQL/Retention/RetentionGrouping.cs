namespace CrmGraph.GraphQL.Retention;

/// <summary>How the <c>retention</c> figures are split into buckets.</summary>
public enum RetentionGrouping
{
    /// <summary>By UTC calendar month, clipped to the range.</summary>
    Month,

    /// <summary>By UTC calendar quarter, clipped to the range.</summary>
    Quarter,

    /// <summary>By the partner that owns the customers, over the whole range.</summary>
    Partner,

    /// <summary>By customer segment, over the whole range.</summary>
    Segment,
}
