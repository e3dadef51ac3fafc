namespace CrmGraph.Domain.Pricing;

/// <summary>
/// A whole list (or part of it) raised or lowered by a percentage from one instant. Each line is an ordinary price
/// change under <see cref="PriceSchedule"/>, so the same history rules hold; a preview is the same computation left
/// unsaved, so applying gives exactly what was previewed.
/// </summary>
public static class BulkPriceChange
{
    public const decimal MaxPercent = 1000m;

    /// <param name="rows">Every row of the list's products in scope (other lists' rows are ignored).</param>
    public static Outcome<IReadOnlyList<BulkPriceLine>> Plan(IReadOnlyCollection<Price> rows, BulkPriceChangeRequest request, int by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<DomainError>();
        if (request.Percent is <= -100m or > MaxPercent || request.Percent == 0m)
        {
            errors.Add(new DomainError(
                DomainErrorCodes.Validation, $"The percentage must be above -100 and at most {MaxPercent}, and not 0; {request.Percent} was given.", "percent"));
        }

        if (request.RoundTo <= 0m)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"Prices are rounded to a positive step such as 0.01 or 0.10; {request.RoundTo} was given.", "roundTo"));
        }

        if (errors.Count > 0)
        {
            return Outcome<IReadOnlyList<BulkPriceLine>>.Failure(errors);
        }

        var listRows = rows.Where(p => p.PriceListId == request.PriceList.Id).ToList();
        var current = listRows.Where(p => p.IsValidAt(request.From)).OrderBy(p => p.ServiceProductId).ThenBy(p => p.MinQuantity).ThenBy(p => p.Id).ToList();
        var lines = new List<BulkPriceLine>();
        foreach (var price in current)
        {
            var amount = new Money(Adjust(price.Amount, request.Percent, request.RoundTo), request.PriceList.Currency);
            var change = PriceSchedule.Change(
                listRows,
                new PriceChangeRequest(request.PriceList, price.ServiceProductId, amount, price.Segment, price.LoyaltyTier, price.MinQuantity, request.From),
                by,
                now);
            if (change.Succeeded)
            {
                lines.Add(new BulkPriceLine(price, change.Value));
            }
            else
            {
                errors.AddRange(change.Errors);
            }
        }

        if (errors.Count == 0 && lines.Count == 0)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "No price of the list is in force at that instant; nothing would change.", "effectiveFrom"));
        }

        return errors.Count > 0 ? Outcome<IReadOnlyList<BulkPriceLine>>.Failure(errors.Distinct().ToList()) : Outcome<IReadOnlyList<BulkPriceLine>>.Success(lines);
    }

    /// <summary>amount × (1 + percent / 100), to the nearest multiple of <paramref name="roundTo"/>, halves away from zero.</summary>
    public static decimal Adjust(decimal amount, decimal percent, decimal roundTo)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(roundTo);
        var raw = amount * (100m + percent) / 100m;
        return Math.Round(raw / roundTo, MidpointRounding.AwayFromZero) * roundTo;
    }
}
