namespace CrmGraph.Data.Configurations;

internal sealed class CatalogueChangeConfiguration : IEntityTypeConfiguration<CatalogueChange>
{
    public void Configure(EntityTypeBuilder<CatalogueChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Summary).HasMaxLength(CatalogueChange.MaxSummaryLength);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.ByStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceProduct>().WithMany().HasForeignKey(c => c.ServiceProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AddOnService>().WithMany().HasForeignKey(c => c.AddOnServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PriceList>().WithMany().HasForeignKey(c => c.PriceListId).OnDelete(DeleteBehavior.Restrict);

        // A withdrawn scheduled price is deleted; its change records stay, naming it by id.
        builder.HasIndex(c => new { c.At, c.Id });
        builder.HasIndex(c => new { c.ServiceProductId, c.At });
    }
}
