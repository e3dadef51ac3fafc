namespace CrmGraph.Data.Configurations;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).HasMaxLength(Partner.MaxCodeLength);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(Partner.MaxNameLength);
        builder.Property(p => p.Region).HasMaxLength(Partner.MaxRegionLength);
        builder.Property(p => p.ContactEmail).HasMaxLength(Partner.MaxEmailLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}
