using CrmGraph.Domain.Orders;
using CrmGraph.GraphQL.Pricing;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Orders;

/// <summary>Prices what the customer asks for now and stores it as an estimate with its validity.</summary>
internal static class CreateEstimateCommand
{
    public static readonly TimeSpan DefaultValidity = TimeSpan.FromDays(30);

    public static async Task<Payload<Estimate>> RunAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<CreateEstimateInput>("input");
        var db = context.Db();
        var now = context.Service<TimeProvider>().GetUtcNow();
        var errors = new List<DomainError>();
        var staffId = await StaffReference.ResolveAsync(db, input.StaffMemberId, "staffMemberId", errors, context.CancellationToken).ConfigureAwait(false);
        var quote = await context.Service<QuoteService>().PriceAsync(db, input, now, context.CancellationToken).ConfigureAwait(false);
        errors.AddRange(quote.Errors);
        if (errors.Count > 0)
        {
            return Payload<Estimate>.Failure(errors);
        }

        var estimate = Estimate.FromQuote(OrderPlacement.NewNumber("EST", now), quote.Value, input.ValidUntil ?? now + DefaultValidity, staffId);
        if (!estimate.Succeeded)
        {
            return Payload<Estimate>.Failure(estimate.Errors);
        }

        return Payload<Estimate>.From(await context.Command<CommandPipeline>().AddAsync(estimate.Value, context.CancellationToken).ConfigureAwait(false));
    }
}
