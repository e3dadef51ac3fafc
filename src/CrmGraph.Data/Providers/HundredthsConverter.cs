using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CrmGraph.Data.Providers;

/// <summary>
/// Stores a two-place decimal as a whole number of hundredths. SQLite keeps decimals as text, which an index cannot
/// order numerically; an integer column can be ranked and compared through its index.
/// </summary>
internal sealed class HundredthsConverter : ValueConverter<decimal, long>
{
    public HundredthsConverter()
        : base(value => (long)Math.Round(value * 100m, MidpointRounding.AwayFromZero), hundredths => hundredths / 100m)
    {
    }
}
