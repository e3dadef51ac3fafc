namespace CrmGraph.Domain.Customers;

/// <summary>
/// How customers earn loyalty: points per whole currency unit of each order's total, and the points at which
/// each tier above Standard begins. Tiers follow points upward only; earning never demotes a customer.
/// </summary>
public sealed class LoyaltyProgram
{
    private static readonly LoyaltyTier[] TiersAboveStandard = [LoyaltyTier.Silver, LoyaltyTier.Gold, LoyaltyTier.Vip];

    private readonly Dictionary<LoyaltyTier, int> _thresholds;

    /// <param name="pointsPerCurrencyUnit">Points per whole unit of an order's total; 0 or more.</param>
    /// <param name="thresholds">The points at which Silver, Gold and Vip begin: each given, positive, and rising in that order.</param>
    public LoyaltyProgram(decimal pointsPerCurrencyUnit, IReadOnlyDictionary<LoyaltyTier, int> thresholds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pointsPerCurrencyUnit);
        var previous = 0;
        foreach (var tier in TiersAboveStandard)
        {
            if (!thresholds.TryGetValue(tier, out var points))
            {
                throw new ArgumentException($"No points threshold is given for {tier}.", nameof(thresholds));
            }

            if (points <= previous)
            {
                throw new ArgumentException($"The {tier} threshold ({points}) must be above {previous}, the threshold of the tier below.", nameof(thresholds));
            }

            previous = points;
        }

        PointsPerCurrencyUnit = pointsPerCurrencyUnit;
        _thresholds = TiersAboveStandard.ToDictionary(tier => tier, tier => thresholds[tier]);
    }

    /// <summary>One point per whole currency unit; Silver from 300 points, Gold from 800, Vip from 1,500.</summary>
    public static LoyaltyProgram Default { get; } = new(1m, new Dictionary<LoyaltyTier, int>
    {
        [LoyaltyTier.Silver] = 300,
        [LoyaltyTier.Gold] = 800,
        [LoyaltyTier.Vip] = 1_500,
    });

    public decimal PointsPerCurrencyUnit { get; }

    /// <summary>The points at which <paramref name="tier"/> begins (0 for Standard).</summary>
    public int ThresholdOf(LoyaltyTier tier) => _thresholds.GetValueOrDefault(tier);

    /// <summary>⌊⌊total⌋ × points per unit⌋: only whole currency units earn, and a refund or free order earns nothing.</summary>
    public int PointsFor(Money orderTotal)
    {
        var wholeUnits = Math.Floor(orderTotal.Amount);
        return wholeUnits <= 0m ? 0 : (int)Math.Floor(wholeUnits * PointsPerCurrencyUnit);
    }

    /// <summary>The highest tier whose threshold <paramref name="points"/> reach.</summary>
    public LoyaltyTier TierFor(int points) =>
        TiersAboveStandard.LastOrDefault(tier => points >= _thresholds[tier], LoyaltyTier.Standard);
}
