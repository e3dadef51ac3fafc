namespace CrmGraph.Domain.ComplaintAnalysis;

/// <summary>
/// How well complaints were handled: compliance with the promised times (% of the decided promises that were
/// met), response and resolution times, reopen rate (of the complaints resolved at least once, those reopened),
/// escalation rate (of those received, those escalated) and the open backlog. Percentages and hours are rounded
/// to two places and null when there was nothing to measure.
/// </summary>
public sealed record ComplaintAnalysisFigures(
    int Received,
    decimal? FirstResponseCompliancePercent,
    decimal? ResolutionCompliancePercent,
    DurationFigures FirstResponse,
    DurationFigures Resolution,
    decimal? ReopenRatePercent,
    decimal? EscalationRatePercent,
    int OpenBacklogAtEnd)
{
    public static ComplaintAnalysisFigures From(ComplaintTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return new ComplaintAnalysisFigures(
            tally.Received,
            Ratios.Percent(tally.FirstResponseKept, tally.FirstResponseDecided),
            Ratios.Percent(tally.ResolutionKept, tally.ResolutionDecided),
            DurationFigures.From(tally.FirstResponses),
            DurationFigures.From(tally.Resolutions),
            Ratios.Percent(tally.Reopened, tally.EverResolved),
            Ratios.Percent(tally.Escalated, tally.Received),
            tally.OpenAtEnd);
    }
}
