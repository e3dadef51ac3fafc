using CrmGraph.Domain.Orders;

namespace CrmGraph.GraphQL.Orders;

internal static class OrderMoney
{
    /// <summary>An amount of an order's line in the order's currency (the order is already loaded, so this costs nothing).</summary>
    public static IDataLoaderResult<Money> Of(IResolveFieldContext context, int orderId, decimal amount) =>
        context.LoadById<ServiceOrder>(orderId).Then(order => new Money(amount, order!.Currency));
}
