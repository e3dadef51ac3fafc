using CrmGraph.Domain.ComplaintAnalysis;

namespace CrmGraph.GraphQL.ComplaintAnalysis;

/// <summary>The figures of one period or dimension value of a complaint analysis, with the counts it breaks down into.</summary>
public sealed record ComplaintAnalysisBucket(
    ReportPeriods Periods,
    ComplaintAnalysisGrouping? By,
    ComplaintKey Key,
    ComplaintAnalysisFigures Figures,
    IReadOnlyList<ComplaintShare> Breakdown);
