namespace CrmGraph.Domain.ComplaintAnalysis;

/// <summary>How many complaints took exactly <see cref="Seconds"/> (whole seconds) for one step, as a grouped query counts them.</summary>
public sealed record DurationCount(long Seconds, int Complaints);
