namespace CrmGraph.Domain.Complaints;

/// <summary>How long after receipt a complaint must first be answered and finally resolved.</summary>
public sealed record SlaTargets(TimeSpan FirstResponse, TimeSpan Resolution);
