using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CrmGraph.Data.Providers;

/// <summary>Stores an instant as its UTC tick count; it reads back as the same instant in UTC.</summary>
internal sealed class UtcTicksConverter : ValueConverter<DateTimeOffset, long>
{
    public UtcTicksConverter()
        : base(value => value.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero))
    {
    }
}
