namespace CrmGraph.Data.Configurations;

internal sealed class PriceConfiguration : IEntityTypeConfiguration<Price>
{
    public void Configure(EntityTypeBuilder<Price> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasOne<PriceList>().WithMany().HasForeignKey(p => p.PriceListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ServiceProduct>().WithMany().HasForeignKey(p => p.ServiceProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ServiceProductId, p.PriceListId, p.ValidFrom });
        // Two changes that end the same price at once would leave overlapping prices: the second save fails instead.
        builder.Property(p => p.ValidTo).IsConcurrencyToken();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.RecordedByStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
