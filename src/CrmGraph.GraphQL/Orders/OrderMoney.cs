using CrmGraph.Domain.Orders;

namespace CrmGraph.GraphQL.Orders;

internal static class OrderMoney
{
    /// <summary>Adds quantity and the charged amounts, as money in the order's currency, to a line type.</summary>
    public static void AddChargedFields<TLine>(ObjectGraphType<TLine> type)
        where TLine : IChargedLine
    {
        type.Field<NonNullGraphType<IntGraphType>>("quantity").Resolve(ctx => ctx.Source.Quantity);
        type.Field<NonNullGraphType<MoneyType>>("unitPrice").Description("As charged at order time.").Resolve(ctx => Of(ctx, ctx.Source.UnitPrice));
        type.Field<NonNullGraphType<MoneyType>>("discount").Description("Tier discount taken off the line.").Resolve(ctx => Of(ctx, ctx.Source.Discount));
        type.Field<NonNullGraphType<MoneyType>>("lineTotal").Resolve(ctx => Of(ctx, ctx.Source.LineTotal));
    }

    /// <summary>An amount of a line in its order's currency (the order is loaded once for all its lines).</summary>
    private static IDataLoaderResult<Money> Of<TLine>(IResolveFieldContext<TLine> context, decimal amount)
        where TLine : IChargedLine =>
        context.LoadById<ServiceOrder>(context.Source.ServiceOrderId).Then(order => new Money(amount, order!.Currency));
}
