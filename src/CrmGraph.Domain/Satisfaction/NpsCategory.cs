namespace CrmGraph.Domain.Satisfaction;

/// <summary>Where a 0–10 likelihood-to-recommend answer places the customer for the Net Promoter Score.</summary>
public enum NpsCategory
{
    Detractor,
    Passive,
    Promoter,
}
