namespace CrmGraph.Data.Configurations;

internal sealed class ServiceOrderAddOnConfiguration : IEntityTypeConfiguration<ServiceOrderAddOn>
{
    public void Configure(EntityTypeBuilder<ServiceOrderAddOn> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasOne<AddOnService>().WithMany().HasForeignKey(a => a.AddOnServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.AddOnServiceId);
    }
}
