namespace CrmGraph.Data.Configurations;

internal sealed class ServiceOrderConfiguration : IEntityTypeConfiguration<ServiceOrder>
{
    public void Configure(EntityTypeBuilder<ServiceOrder> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Number).HasMaxLength(32);
        builder.HasIndex(o => o.Number).IsUnique();
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(o => o.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.ServiceOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(o => o.WorkNotes).HasMaxLength(ServiceOrder.MaxNoteLength);
        builder.Property(o => o.CancellationReason).HasMaxLength(ServiceOrder.MaxNoteLength);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(o => o.TechnicianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Estimate>().WithMany().HasForeignKey(o => o.EstimateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.History).WithOne().HasForeignKey(e => e.ServiceOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.AddOns).WithOne().HasForeignKey(a => a.ServiceOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.CustomerId, o.OrderedAt, o.Id });
        builder.HasIndex(o => new { o.StaffMemberId, o.OrderedAt });
    }
}
