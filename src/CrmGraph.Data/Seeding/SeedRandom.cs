namespace CrmGraph.Data.Seeding;

/// <summary>A seeded random source with the few draws the demo data needs; the same seed gives the same data.</summary>
internal sealed class SeedRandom(int seed)
{
    private readonly Random _random = new(seed);

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public int Between(int minInclusive, int maxInclusive) => _random.Next(minInclusive, maxInclusive + 1);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public T PickEnum<T>()
        where T : struct, Enum => Pick(Enum.GetValues<T>());

    /// <summary>An instant between <paramref name="from"/> and <paramref name="to"/>, to the minute.</summary>
    public DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to)
    {
        var minutes = Math.Max(0, (long)(to - from).TotalMinutes);
        return from.AddMinutes(_random.NextInt64(minutes + 1));
    }

    /// <summary>Picks by weight: <c>Weighted((a, 3), (b, 1))</c> returns a three times as often as b.</summary>
    public T Weighted<T>(params (T Item, int Weight)[] choices)
    {
        var roll = _random.Next(choices.Sum(c => c.Weight));
        foreach (var (item, weight) in choices)
        {
            if (roll < weight)
            {
                return item;
            }

            roll -= weight;
        }

        return choices[^1].Item;
    }
}
