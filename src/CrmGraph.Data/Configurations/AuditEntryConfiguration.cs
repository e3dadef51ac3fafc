using CrmGraph.Data.Audit;

namespace CrmGraph.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Actor).HasMaxLength(AuditEntry.MaxActorLength);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.MaxActionLength);
        builder.Property(e => e.TargetType).HasMaxLength(AuditEntry.MaxTargetLength);
        builder.Property(e => e.TargetKey).HasMaxLength(AuditEntry.MaxTargetLength);

        // The trail is read newest first, whole or for one object.
        builder.HasIndex(e => new { e.At, e.Id });
        builder.HasIndex(e => new { e.TargetType, e.TargetKey, e.At });
    }
}
