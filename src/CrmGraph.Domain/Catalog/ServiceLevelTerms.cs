namespace CrmGraph.Domain.Catalog;

/// <summary>What a product promises: how soon someone responds and how soon the matter is resolved.</summary>
public sealed record ServiceLevelTerms(TimeSpan ResponseTarget, TimeSpan ResolutionTarget);
