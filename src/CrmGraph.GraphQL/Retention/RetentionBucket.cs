using CrmGraph.Domain.Retention;

namespace CrmGraph.GraphQL.Retention;

/// <summary>The figures of one period, partner or segment of a retention report.</summary>
public sealed record RetentionBucket(ReportPeriods Periods, RetentionGrouping? By, RetentionKey Key, RetentionFigures Figures);
