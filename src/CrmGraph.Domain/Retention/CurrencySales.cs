namespace CrmGraph.Domain.Retention;

/// <summary>
/// Orders in one currency, as grouped queries count them: those placed in the period, and the lifetime totals up to
/// its end (cancelled orders never count).
/// </summary>
/// <param name="Orders">Orders placed in the period.</param>
/// <param name="Revenue">Their totals as charged.</param>
/// <param name="RevenueToDate">Totals of every order placed before the period's end.</param>
/// <param name="BuyersToDate">Customers with at least one such order.</param>
public sealed record CurrencySales(string Currency, int Orders, decimal Revenue, decimal RevenueToDate, int BuyersToDate);
