namespace CrmGraph.Data.Configurations;

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Notes).HasMaxLength(Interaction.MaxNotesLength);
        builder.HasOne<Customer>().WithMany().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(i => i.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.CustomerId, i.OccurredAt, i.Id });
        builder.HasIndex(i => new { i.StaffMemberId, i.OccurredAt });
    }
}
