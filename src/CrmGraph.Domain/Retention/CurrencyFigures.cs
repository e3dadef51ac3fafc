namespace CrmGraph.Domain.Retention;

/// <summary>The order figures of one currency; averages are null when nothing was bought.</summary>
/// <param name="AverageOrderValue">Revenue ÷ orders of the period.</param>
/// <param name="LifetimeValue">Revenue of every order up to the period's end ÷ the customers who had bought by then.</param>
public sealed record CurrencyFigures(string Currency, int Orders, Money Revenue, Money? AverageOrderValue, Money? LifetimeValue);
