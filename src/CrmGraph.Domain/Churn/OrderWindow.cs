namespace CrmGraph.Domain.Churn;

/// <summary>The orders (not cancelled) a customer placed in one window: how many, and their revenue per currency.</summary>
public sealed record OrderWindow(int Count, IReadOnlyDictionary<string, decimal> RevenueByCurrency)
{
    public static OrderWindow None { get; } = new(0, new Dictionary<string, decimal>());
}
