namespace CrmGraph.Domain.Common;

/// <summary>A span of time from <see cref="From"/> (included) to <see cref="To"/> (excluded), so that periods tile without overlap.</summary>
public sealed record Period
{
    private Period(DateTimeOffset from, DateTimeOffset to)
    {
        From = from;
        To = to;
    }

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    public static Outcome<Period> Of(DateTimeOffset from, DateTimeOffset to) =>
        to > from
            ? Outcome<Period>.Success(new Period(from, to))
            : Outcome<Period>.Failure(new DomainError(DomainErrorCodes.Validation, "A period must end after it starts.", "to"));

    public bool Contains(DateTimeOffset at) => at >= From && at < To;
}
