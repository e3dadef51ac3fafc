namespace CrmGraph.Data.Configurations;

internal sealed class ServiceProductConfiguration : IEntityTypeConfiguration<ServiceProduct>
{
    public void Configure(EntityTypeBuilder<ServiceProduct> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).HasMaxLength(32);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.Ignore(p => p.Terms);
        builder.HasIndex(p => p.Category);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}
