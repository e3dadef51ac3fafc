using CrmGraph.Domain.Orders;

namespace CrmGraph.GraphQL.Orders;

/// <summary>Estimates: made, approved into an order, or declined. Partners may do all three for their own customers.</summary>
internal static class EstimateMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<EstimatePayloadType>>("createEstimate")
            .Description("Stores a quote for a customer as an estimate: its lines with the rule applied to each, the totals and how long it is valid.")
            .Argument<NonNullGraphType<CreateEstimateInputType>>("input")
            .ResolveAsync(async ctx => await CreateEstimateCommand.RunAsync(ctx).ConfigureAwait(false));
        mutation.Field<NonNullGraphType<EstimatePayloadType>>("approveEstimate")
            .Description(
                "Places an order at the estimated prices, even if list prices changed since, while the estimate is valid " +
                "(EstimateExpiredError, EstimateDeclinedError, EstimateAlreadyApprovedError otherwise). The order is under estimate.order.")
            .Argument<NonNullGraphType<ApproveEstimateInputType>>("input")
            .ResolveAsync(async ctx => await ApproveEstimateCommand.RunAsync(ctx).ConfigureAwait(false));
        mutation.Field<NonNullGraphType<EstimatePayloadType>>("declineEstimate")
            .Description("Records that the customer said no to an open estimate, and why.")
            .Argument<NonNullGraphType<DeclineEstimateInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<DeclineEstimateInput>("input");
                return await VersionedChange.RunAsync<Estimate>(ctx, EstimateType.TypeName, input.Id, input.Version, (estimate, _, now) =>
                    ValueTask.FromResult(VersionedChange.Errors(estimate.Decline(input.Reason, now)))).ConfigureAwait(false);
            });
    }
}
