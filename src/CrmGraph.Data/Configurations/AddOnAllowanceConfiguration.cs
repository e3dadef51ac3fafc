namespace CrmGraph.Data.Configurations;

internal sealed class AddOnAllowanceConfiguration : IEntityTypeConfiguration<AddOnAllowance>
{
    public void Configure(EntityTypeBuilder<AddOnAllowance> builder)
    {
        builder.HasKey(a => new { a.AddOnServiceId, a.ServiceProductId });
        builder.HasOne<ServiceProduct>().WithMany().HasForeignKey(a => a.ServiceProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.ServiceProductId);
    }
}
