namespace CrmGraph.Data.Configurations;

internal sealed class ComplaintEventConfiguration : IEntityTypeConfiguration<ComplaintEvent>
{
    public void Configure(EntityTypeBuilder<ComplaintEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Note).HasMaxLength(4000);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(e => e.ActorStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ComplaintId, e.At, e.Id });

        // Staff performance reads the resolutions (and other kinds) of a period across all complaints.
        builder.HasIndex(e => new { e.Kind, e.At, e.ComplaintId });
    }
}
