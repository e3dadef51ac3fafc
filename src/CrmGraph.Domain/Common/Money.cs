namespace CrmGraph.Domain.Common;

/// <summary>An exact amount in one currency. Arithmetic across currencies is a programming error.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public static Money Zero(string currency) => new(0m, currency);

    public Money Add(Money other)
    {
        EnsureSameCurrency(other);
        return this with { Amount = Amount + other.Amount };
    }

    public Money Subtract(Money other)
    {
        EnsureSameCurrency(other);
        return this with { Amount = Amount - other.Amount };
    }

    public Money Times(decimal factor) => this with { Amount = Amount * factor };

    /// <summary>Commercial rounding to the currency's minor unit (two places).</summary>
    public Money Rounded() => this with { Amount = Math.Round(Amount, 2, MidpointRounding.AwayFromZero) };

    private void EnsureSameCurrency(Money other)
    {
        if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Cannot combine {Currency} with {other.Currency}.");
        }
    }

    public override string ToString() => $"{Amount:0.00} {Currency}";
}
