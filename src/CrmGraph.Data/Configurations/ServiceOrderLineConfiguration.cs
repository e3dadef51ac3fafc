namespace CrmGraph.Data.Configurations;

internal sealed class ServiceOrderLineConfiguration : IEntityTypeConfiguration<ServiceOrderLine>
{
    public void Configure(EntityTypeBuilder<ServiceOrderLine> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.PriceRule).HasMaxLength(400);
        builder.HasOne<ServiceProduct>().WithMany().HasForeignKey(l => l.ServiceProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.ServiceProductId);
    }
}
