namespace CrmGraph.Data.Configurations;

internal sealed class EstimateConfiguration : IEntityTypeConfiguration<Estimate>
{
    public void Configure(EntityTypeBuilder<Estimate> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Number).HasMaxLength(32);
        builder.HasIndex(e => e.Number).IsUnique();
        builder.Property(e => e.Currency).HasMaxLength(3);
        builder.Property(e => e.DeclineReason).HasMaxLength(Estimate.MaxReasonLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<Customer>().WithMany().HasForeignKey(e => e.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PriceList>().WithMany().HasForeignKey(e => e.PriceListId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(e => e.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Lines).WithOne().HasForeignKey(l => l.EstimateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Lines).AutoInclude();
        builder.HasIndex(e => new { e.CustomerId, e.CreatedAt, e.Id });
    }
}
