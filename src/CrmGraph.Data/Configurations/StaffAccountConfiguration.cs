using CrmGraph.Data.Accounts;

namespace CrmGraph.Data.Configurations;

internal sealed class StaffAccountConfiguration : IEntityTypeConfiguration<StaffAccount>
{
    public void Configure(EntityTypeBuilder<StaffAccount> builder)
    {
        builder.ToTable("StaffAccounts");
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.StaffMemberId).IsUnique();
    }
}
