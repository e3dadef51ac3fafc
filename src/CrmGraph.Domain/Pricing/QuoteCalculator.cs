using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Pricing;

/// <summary>
/// Prices a product with its add-ons for one customer: one line per item, the tier discount per line,
/// every amount rounded per line to the cent. Every broken rule is reported, never priced as zero.
/// </summary>
public sealed class QuoteCalculator(TierDiscountPolicy discounts)
{
    public Outcome<Quote> Calculate(QuoteRequest request)
    {
        var errors = new List<DomainError>();
        var lines = new List<QuoteLine>();

        if (PriceProduct(request, errors) is { } productLine)
        {
            lines.Add(productLine);
        }

        var chosen = new HashSet<int>();
        for (var index = 0; index < request.AddOns.Count; index++)
        {
            if (PriceAddOn(request, index, chosen, errors) is { } addOnLine)
            {
                lines.Add(addOnLine);
            }
        }

        if (errors.Count > 0)
        {
            return Outcome<Quote>.Failure(errors);
        }

        var zero = Money.Zero(request.PriceList.Currency);
        var subtotal = lines.Aggregate(zero, (sum, line) => sum.Add(line.Total).Add(line.Discount));
        var discount = lines.Aggregate(zero, (sum, line) => sum.Add(line.Discount));
        return Outcome<Quote>.Success(new Quote(
            request.Customer.Id,
            request.PriceList.Id,
            request.PriceList.Currency,
            request.At,
            lines,
            subtotal,
            discount,
            subtotal.Subtract(discount)));
    }

    private QuoteLine? PriceProduct(QuoteRequest request, List<DomainError> errors)
    {
        if (request.Quantity < 1)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"Quantity must be at least 1; {request.Quantity} was given.", "quantity"));
            return null;
        }

        var product = request.Product;
        if (!product.Active)
        {
            errors.Add(new DomainError(
                DomainErrorCodes.ProductRetired, $"Product '{product.Code}' is retired and takes no new quotes or orders.", "productId"));
            return null;
        }

        var rows = request.Prices.Where(p => p.PriceListId == request.PriceList.Id && p.ServiceProductId == product.Id);
        var resolved = PriceResolver.Resolve(rows, request.Customer.Segment, request.Customer.Tier, request.Quantity, request.At);
        if (!resolved.Succeeded)
        {
            errors.AddRange(resolved.Errors);
            return null;
        }

        var price = resolved.Value;
        var unit = new Money(price.Price.Amount, request.PriceList.Currency);
        var tier = request.Customer.Tier;
        var percent = discounts.PercentFor(tier);

        // The tier price is the loyalty benefit; discounting it again would give it twice.
        var (linePercent, rule) = price.IsTierPrice && percent > 0m
            ? (0m, $"{price.Rule}; no {tier} tier discount on top of a tier price")
            : (percent, price.Rule);
        return Line(QuoteLineKind.Product, product.Id, product.Code, product.Name, request.Quantity, unit, linePercent, tier, rule, price.Price.Id);
    }

    private QuoteLine? PriceAddOn(QuoteRequest request, int index, HashSet<int> chosen, List<DomainError> errors)
    {
        var (addOn, quantity) = request.AddOns[index];
        var field = $"addOns[{index}]";
        if (!chosen.Add(addOn.Id))
        {
            errors.Add(new DomainError(
                DomainErrorCodes.Validation, $"Add-on '{addOn.Code}' is chosen more than once; choose it once with the total quantity.", field));
            return null;
        }

        var before = errors.Count;
        if (!addOn.Active)
        {
            errors.Add(new DomainError(DomainErrorCodes.ProductRetired, $"Add-on '{addOn.Code}' is retired and is sold no more.", field));
        }

        if (!addOn.IsAllowedFor(request.Product.Id))
        {
            errors.Add(new DomainError(
                DomainErrorCodes.AddOnNotAllowed, $"Add-on '{addOn.Code}' cannot be sold with product '{request.Product.Code}'.", field));
        }

        if (quantity < 1)
        {
            errors.Add(new DomainError(
                DomainErrorCodes.Validation, $"Add-on '{addOn.Code}' quantity must be at least 1; {quantity} was given.", $"{field}.quantity"));
        }
        else if (quantity > addOn.MaxQuantityPerOrder)
        {
            errors.Add(new DomainError(
                DomainErrorCodes.QuantityAboveMaximum,
                $"At most {addOn.MaxQuantityPerOrder} of add-on '{addOn.Code}' can be ordered; {quantity} was asked for.",
                $"{field}.quantity"));
        }

        if (!string.Equals(addOn.Currency, request.PriceList.Currency, StringComparison.Ordinal))
        {
            errors.Add(new DomainError(
                DomainErrorCodes.CurrencyMismatch,
                $"Add-on '{addOn.Code}' is priced in {addOn.Currency} but the price list is in {request.PriceList.Currency}.",
                field));
        }

        if (errors.Count > before)
        {
            return null;
        }

        var tier = request.Customer.Tier;
        return Line(QuoteLineKind.AddOn, addOn.Id, addOn.Code, addOn.Name, quantity, addOn.Price, discounts.PercentFor(tier), tier, "add-on price", null);
    }

    private static QuoteLine Line(
        QuoteLineKind kind,
        int itemId,
        string code,
        string name,
        int quantity,
        Money unitPrice,
        decimal discountPercent,
        LoyaltyTier tier,
        string rule,
        int? priceId)
    {
        var gross = unitPrice.Times(quantity).Rounded();
        var discount = gross.Times(discountPercent / 100m).Rounded();
        var described = discountPercent > 0m ? $"{rule}; {tier} tier discount {discountPercent:0.##}%" : rule;
        return new QuoteLine(kind, itemId, code, name, quantity, unitPrice, discount, gross.Subtract(discount), described, priceId);
    }
}
