using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Orders;

namespace CrmGraph.GraphQL.Orders;

/// <summary>
/// What every new order does to its customer, whether placed directly or approved from an estimate: the customer
/// becomes active (or is won back) and earns loyalty points that the order remembers. The order's events (the risk
/// re-score among their handlers) commit with it.
/// </summary>
internal static class OrderPlacement
{
    /// <summary>Saves the order with the customer's new standing in one save; false when the customer changed meanwhile.</summary>
    public static async Task<bool> CommitAsync(IResolveFieldContext context, CrmDbContext db, ServiceOrder order, DateTimeOffset now)
    {
        var customer = await db.Customers.SingleAsync(c => c.Id == order.CustomerId, context.CancellationToken).ConfigureAwait(false);
        var actor = context.Caller().StaffId;
        customer.RecordPurchase(now, actor);
        order.RecordLoyaltyPointsEarned(customer.EarnLoyaltyPoints(new Money(order.Total, order.Currency), context.Service<LoyaltyProgram>(), actor, now));
        db.ServiceOrders.Add(order);
        var saved = await context.Command<CommandPipeline>().SaveAsync(
            order,
            () => new DomainError(DomainErrorCodes.ConcurrencyConflict, "The customer changed meanwhile.", "customerId"),
            context.CancellationToken).ConfigureAwait(false);
        return saved.Succeeded;
    }

    public static string NewNumber(string prefix, DateTimeOffset now) =>
        $"{prefix}-{now:yyyyMMdd}-{Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3))}";
}
