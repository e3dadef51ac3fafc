namespace CrmGraph.Data.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(StaffMember.MaxNameLength);
        builder.Property(s => s.Email).HasMaxLength(StaffMember.MaxEmailLength);
        builder.HasIndex(s => s.Email).IsUnique();
        builder.Property(s => s.Team).HasMaxLength(StaffMember.MaxTeamLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.Team, s.Name });
    }
}
