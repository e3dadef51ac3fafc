using CrmGraph.Data.Outbox;

namespace CrmGraph.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Type).HasMaxLength(100);
        builder.Property(m => m.AggregateType).HasMaxLength(100);
        builder.Property(m => m.Payload).HasMaxLength(OutboxMessage.MaxPayloadLength);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);

        // The relay takes unhandled events that are due; pruning removes events handled before a cut-off.
        builder.HasIndex(m => new { m.HandledAt, m.AvailableAt });
    }
}
