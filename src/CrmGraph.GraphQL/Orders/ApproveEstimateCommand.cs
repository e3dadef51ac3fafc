using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Pricing;

namespace CrmGraph.GraphQL.Orders;

/// <summary>
/// Turns a valid estimate into an order at the estimated prices. The estimate's version guards against approving it
/// twice at once; the estimate, the order and the customer's new standing commit together. The approval is the record
/// an ESTIMATE_APPROVED event is raised from.
/// </summary>
internal static class ApproveEstimateCommand
{
    public static async Task<Payload<Estimate>> RunAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<VersionedInput>("input");
        var id = GlobalId.ParseFor(EstimateType.TypeName, input.Id, "input.id");
        var db = context.Db();
        var cancellationToken = context.CancellationToken;
        var estimate = await db.Estimates.SingleOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
        if (estimate is null)
        {
            return Payload<Estimate>.Failure(new DomainError(DomainErrorCodes.NotFound, $"No estimate has id '{input.Id}'.", "id"));
        }

        var readVersion = input.Version ?? estimate.Version;
        if (readVersion != estimate.Version)
        {
            return Payload<Estimate>.Failure(StaleVersion.Error("estimate", readVersion, estimate.Version));
        }

        // A product retired since the estimate was made takes no new orders.
        var productIds = estimate.Lines.Where(l => l.Kind == QuoteLineKind.Product).Select(l => l.ItemId).ToList();
        if (await db.ServiceProducts.Where(p => productIds.Contains(p.Id) && !p.Active).Select(p => p.Code).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) is { } retired)
        {
            return Payload<Estimate>.Failure(new DomainError(DomainErrorCodes.ProductRetired, $"Product '{retired}' was retired after the estimate was made; it takes no new orders.", "id"));
        }

        var now = context.Service<TimeProvider>().GetUtcNow();
        var order = estimate.Approve(OrderPlacement.NewNumber("SO", now), context.Caller().StaffId, now);
        if (!order.Succeeded)
        {
            return Payload<Estimate>.Failure(order.Errors);
        }

        return await OrderPlacement.CommitAsync(context, db, order.Value, now).ConfigureAwait(false)
            ? Payload<Estimate>.Success(estimate)
            : Payload<Estimate>.Failure(StaleVersion.Error("estimate", readVersion, currentVersion: null));
    }
}
