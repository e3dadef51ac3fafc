using System.Globalization;

namespace CrmGraph.Domain.Pricing;

/// <summary>
/// The rules of price history. A row that has been in force is never edited or deleted: a change is a new row from
/// an instant (now or later) that ends the row in force there. Rows of one series never overlap in time. A change
/// scheduled for later may be rescheduled or withdrawn until it takes effect; the row it would end is then ended
/// at the new instant, or no longer ended at all.
/// </summary>
public static class PriceSchedule
{
    /// <param name="series">Every row of the request's series; rows of other series are ignored.</param>
    public static Outcome<Price> Change(IReadOnlyCollection<Price> series, PriceChangeRequest request, int by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(request);
        var errors = CheckAmount(request.PriceList, request.Amount);
        CheckNotPast(request.From, now, errors);
        if (request.MinQuantity < 1)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"A quantity break starts at 1 or more; {request.MinQuantity} was given.", "minQuantity"));
        }

        if (errors.Count > 0)
        {
            return Outcome<Price>.Failure(errors);
        }

        var probe = new Price(request.PriceList.Id, request.ServiceProductId, 0m, request.From, null, request.Segment, request.LoyaltyTier, request.MinQuantity);
        var rows = series.Where(p => p.IsSameSeriesAs(probe)).ToList();
        if (rows.Where(p => p.ValidFrom >= request.From).OrderBy(p => p.ValidFrom).FirstOrDefault() is { } later)
        {
            return Outcome<Price>.Failure(Overlap(
                $"A price of {later.Amount} is already scheduled from {Format(later.ValidFrom)} for this product, list, target and quantity break; " +
                "reschedule or withdraw it first."));
        }

        var ended = rows.SingleOrDefault(p => p.IsValidAt(request.From));
        ended?.EndAt(request.From);
        return Outcome<Price>.Success(Price.Recorded(probe, request.Amount.Amount, request.From, to: null, by, now));
    }

    /// <summary>Moves a scheduled change to another amount or instant; the row it ends is ended at the new instant.</summary>
    public static IReadOnlyList<DomainError> Reschedule(
        IReadOnlyCollection<Price> series, Price scheduled, PriceList list, Money amount, DateTimeOffset from, int by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(scheduled);
        if (InForce(scheduled, now) is { } inForce)
        {
            return [inForce];
        }

        var errors = CheckAmount(list, amount);
        CheckNotPast(from, now, errors);
        if (errors.Count > 0)
        {
            return errors;
        }

        var others = series.Where(p => !ReferenceEquals(p, scheduled) && p.IsSameSeriesAs(scheduled)).ToList();
        var predecessor = others.SingleOrDefault(p => p.ValidTo == scheduled.ValidFrom);
        if (predecessor is not null && from <= predecessor.ValidFrom)
        {
            return [Overlap($"The change cannot start before the price it replaces, which starts {Format(predecessor.ValidFrom)}.")];
        }

        if (scheduled.ValidTo is { } end && from >= end)
        {
            return [Overlap($"The change cannot start after the next change, from {Format(end)}.")];
        }

        if (others.FirstOrDefault(p => p != predecessor && p.Overlaps(from, scheduled.ValidTo)) is { } clash)
        {
            return [Overlap($"From {Format(from)} the change would overlap the price of {clash.Amount} valid from {Format(clash.ValidFrom)}.")];
        }

        predecessor?.EndAt(from);
        scheduled.Reschedule(amount.Amount, from, by, now);
        return [];
    }

    /// <summary>Withdraws a scheduled change: the row it would have ended runs on as far as the withdrawn one would have.</summary>
    public static DomainError? Withdraw(IReadOnlyCollection<Price> series, Price scheduled, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(scheduled);
        if (InForce(scheduled, now) is { } inForce)
        {
            return inForce;
        }

        series.SingleOrDefault(p => !ReferenceEquals(p, scheduled) && p.IsSameSeriesAs(scheduled) && p.ValidTo == scheduled.ValidFrom)?.EndAt(scheduled.ValidTo);
        return null;
    }

    private static DomainError? InForce(Price price, DateTimeOffset now) =>
        price.HasTakenEffect(now)
            ? new DomainError(
                DomainErrorCodes.PriceAlreadyInForce,
                $"This price has been in force since {Format(price.ValidFrom)} and belongs to history: it cannot be edited or withdrawn. " +
                "Change it with a new price from now or later.",
                "priceId")
            : null;

    private static List<DomainError> CheckAmount(PriceList list, Money amount)
    {
        var errors = new List<DomainError>();
        if (amount.Amount < 0m)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"A price cannot be negative; {amount.Amount} was given.", "amount"));
        }

        if (!string.Equals(amount.Currency, list.Currency, StringComparison.Ordinal))
        {
            errors.Add(new DomainError(
                DomainErrorCodes.CurrencyMismatch, $"Price list {list.Code} is in {list.Currency}; a price of it cannot be in '{amount.Currency}'.", "amount"));
        }

        return errors;
    }

    private static void CheckNotPast(DateTimeOffset from, DateTimeOffset now, List<DomainError> errors)
    {
        if (from < now)
        {
            errors.Add(new DomainError(
                DomainErrorCodes.Validation,
                $"A price change takes effect now or later; {Format(from)} has passed and price history is never rewritten.",
                "effectiveFrom"));
        }
    }

    private static DomainError Overlap(string message) => new(DomainErrorCodes.PriceOverlap, message, "effectiveFrom");

    private static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
