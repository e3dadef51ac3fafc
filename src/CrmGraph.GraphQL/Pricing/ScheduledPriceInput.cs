namespace CrmGraph.GraphQL.Pricing;

/// <summary>A scheduled price to reschedule (with the new amount and instant) or to withdraw (the id alone).</summary>
public sealed class ScheduledPriceInput
{
    public string PriceId { get; set; } = string.Empty;

    public Money Amount { get; set; }

    public DateTimeOffset EffectiveFrom { get; set; }
}
