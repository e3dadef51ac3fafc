namespace CrmGraph.Data.Configurations;

internal sealed class AddOnServiceConfiguration : IEntityTypeConfiguration<AddOnService>
{
    public void Configure(EntityTypeBuilder<AddOnService> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Code).HasMaxLength(32);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Description).HasMaxLength(2000);
        builder.Property(a => a.Currency).HasMaxLength(3);
        builder.Ignore(a => a.Price);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasMany(a => a.Allowances).WithOne().HasForeignKey(x => x.AddOnServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Allowances).AutoInclude();
    }
}
