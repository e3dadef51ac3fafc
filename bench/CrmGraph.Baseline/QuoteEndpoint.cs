using CrmGraph.Data;
using CrmGraph.GraphQL.Pricing;

namespace CrmGraph.Baseline;

/// <summary>Prices a quote with the same service the GraphQL <c>quote</c> field calls.</summary>
internal static class QuoteEndpoint
{
    public static async Task<IResult> PriceAsync(CrmDbContext db, QuoteService quotes, TimeProvider clock, QuoteInput input, CancellationToken cancellationToken)
    {
        var outcome = await quotes.PriceAsync(db, input, input.At ?? clock.GetUtcNow(), cancellationToken);
        if (!outcome.Succeeded)
        {
            return Results.Json(new { data = new { quote = new { quote = (object?)null, errors = outcome.Errors.Select(e => new { e.Code, e.Message }) } } });
        }

        var quote = outcome.Value;
        return Results.Json(new
        {
            data = new
            {
                quote = new
                {
                    quote = new
                    {
                        currency = quote.Currency,
                        lines = quote.Lines.Select(l => new
                        {
                            kind = l.Kind.ToString(),
                            code = l.Code,
                            quantity = l.Quantity,
                            unitPrice = new { amount = l.UnitPrice.Amount },
                            discount = new { amount = l.Discount.Amount },
                            total = new { amount = l.Total.Amount },
                            rule = l.Rule,
                        }),
                        subtotal = new { amount = quote.Subtotal.Amount, currency = quote.Currency },
                        tierDiscount = new { amount = quote.TierDiscount.Amount },
                        total = new { amount = quote.Total.Amount, currency = quote.Currency },
                    },
                    errors = Array.Empty<object>(),
                },
            },
        });
    }
}
