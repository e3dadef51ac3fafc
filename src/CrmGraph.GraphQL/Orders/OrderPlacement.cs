using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Orders;
using CrmGraph.GraphQL.Churn;

namespace CrmGraph.GraphQL.Orders;

/// <summary>
/// What every new order does to its customer, whether placed directly or approved from an estimate: the customer
/// becomes active (or is won back), earns loyalty points that the order remembers, and is re-scored for churn risk.
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
        try
        {
            await db.SaveChangesAsync(context.CancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            UnsavedChanges.Forget(db);
            return false;
        }

        await context.Service<CustomerRiskScores>().RefreshAsync(order.CustomerId, context.CancellationToken).ConfigureAwait(false);
        return true;
    }

    public static string NewNumber(string prefix, DateTimeOffset now) =>
        $"{prefix}-{now:yyyyMMdd}-{Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3))}";
}
