using CrmGraph.Data.Outbox;

namespace CrmGraph.Data.Configurations;

internal sealed class HandledEventConfiguration : IEntityTypeConfiguration<HandledEvent>
{
    public void Configure(EntityTypeBuilder<HandledEvent> builder)
    {
        builder.HasKey(h => new { h.EventId, h.Handler });
        builder.Property(h => h.Handler).HasMaxLength(HandledEvent.MaxHandlerLength);
        builder.HasIndex(h => h.HandledAt);
    }
}
