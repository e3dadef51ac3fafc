using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Orders;
using CrmGraph.GraphQL.Pricing;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Orders;

internal static class OrderMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<PlaceServiceOrderPayloadType>>("placeServiceOrder")
            .Description(
                "Places an order priced by the quote rules now; the prices are copied onto the order. The customer earns loyalty points " +
                "(and may move up a tier), becomes active, or is won back if it had churned.")
            .Argument<NonNullGraphType<PlaceServiceOrderInputType>>("input")
            .ResolveAsync(async ctx => await PlaceAsync(ctx).ConfigureAwait(false));

    private static async Task<Payload<ServiceOrder>> PlaceAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<PlaceServiceOrderInput>("input");
        var db = context.Db();
        var now = context.Service<TimeProvider>().GetUtcNow();

        var errors = new List<DomainError>();
        var staffId = await StaffReference.ResolveAsync(db, input.StaffMemberId, "staffMemberId", errors, context.CancellationToken).ConfigureAwait(false);

        if (input.ScheduledFor < now)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "A service cannot be scheduled in the past.", "scheduledFor"));
        }

        var quote = await context.Service<QuoteService>().PriceAsync(db, input, now, context.CancellationToken).ConfigureAwait(false);
        errors.AddRange(quote.Errors);
        if (errors.Count > 0)
        {
            return Payload<ServiceOrder>.Failure(errors);
        }

        var order = ServiceOrder.FromQuote(OrderPlacement.NewNumber("SO", now), quote.Value, staffId, input.ScheduledFor);

        // One save: the order, its lines, the customer's new standing and its status and tier events commit together or not at all.
        if (!await OrderPlacement.CommitAsync(context, db, order, now).ConfigureAwait(false))
        {
            return Payload<ServiceOrder>.Failure(new DomainError(
                DomainErrorCodes.ConcurrencyConflict,
                "The customer was changed by someone else while the order was placed; nothing was ordered. Place it again.",
                "customerId"));
        }

        return Payload<ServiceOrder>.Success(order);
    }
}
