namespace CrmGraph.Data.Configurations;

internal sealed class CustomerEventConfiguration : IEntityTypeConfiguration<CustomerEvent>
{
    public void Configure(EntityTypeBuilder<CustomerEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Note).HasMaxLength(Customer.MaxChurnNoteLength);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(e => e.ActorStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.CustomerId, e.At, e.Id });
    }
}
