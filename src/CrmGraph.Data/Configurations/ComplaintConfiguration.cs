namespace CrmGraph.Data.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Number).HasMaxLength(32);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.Resolution).HasMaxLength(4000);
        builder.Property(c => c.CompensationCurrency).HasMaxLength(3);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Compensation);
        builder.Ignore(c => c.IsOpen);
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ServiceProduct>().WithMany().HasForeignKey(c => c.ServiceProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceOrder>().WithMany().HasForeignKey(c => c.ServiceOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.CustomerId, c.ReceivedAt, c.Id });
        builder.HasIndex(c => new { c.Status, c.ResolutionDueAt });
        builder.HasIndex(c => new { c.AssigneeId, c.Status });

        // The orders of the complaints list, each ending on the id as its keyset does.
        builder.HasIndex(c => new { c.ReceivedAt, c.Id });
        builder.HasIndex(c => new { c.FirstResponseDueAt, c.Id });
        builder.HasIndex(c => new { c.ResolutionDueAt, c.Id });

        // What the SLA monitor looks for every few seconds: promises still undecided whose due time has passed.
        builder.HasIndex(c => new { c.FirstResponseBreached, c.FirstResponseDueAt });
        builder.HasIndex(c => new { c.ResolutionBreached, c.ResolutionDueAt });
    }
}
