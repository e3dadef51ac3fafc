namespace CrmGraph.Data.Configurations;

internal sealed class ServiceOrderEventConfiguration : IEntityTypeConfiguration<ServiceOrderEvent>
{
    public void Configure(EntityTypeBuilder<ServiceOrderEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Note).HasMaxLength(ServiceOrder.MaxNoteLength);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(e => e.ActorStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ServiceOrderId, e.At, e.Id });
    }
}
