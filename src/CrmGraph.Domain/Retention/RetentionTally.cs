namespace CrmGraph.Domain.Retention;

/// <summary>
/// The customer movements and orders of one period (or one partner or segment over a period), as grouped
/// queries count them. A customer is on the books from its creation unless it is still a prospect; each churn
/// takes it off and each win-back puts it on again.
/// </summary>
/// <param name="CustomersAtStart">On the books when the period starts.</param>
/// <param name="NewCustomers">Created in the period.</param>
/// <param name="Churned">Churns recorded in the period.</param>
/// <param name="ChurnedOfStart">Those of them of customers already on the books at the start (new ones excluded).</param>
/// <param name="WonBack">Win-backs recorded in the period.</param>
/// <param name="Buyers">Customers with at least one order in the period.</param>
/// <param name="RepeatBuyers">Customers with two or more orders in the period.</param>
/// <param name="Sales">Orders and revenue, per currency.</param>
/// <param name="ChurnCauses">Churns in the period per cause given (causes nobody gave may be left out).</param>
public sealed record RetentionTally(
    int CustomersAtStart,
    int NewCustomers,
    int Churned,
    int ChurnedOfStart,
    int WonBack,
    int Buyers,
    int RepeatBuyers,
    IReadOnlyList<CurrencySales> Sales,
    IReadOnlyList<ChurnCauseCount> ChurnCauses);
