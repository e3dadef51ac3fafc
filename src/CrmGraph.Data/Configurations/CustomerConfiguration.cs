namespace CrmGraph.Data.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(Customer.MaxNameLength);
        builder.Property(c => c.Email).HasMaxLength(Customer.MaxEmailLength);
        builder.Property(c => c.Phone).HasMaxLength(Customer.MaxPhoneLength);
        builder.Property(c => c.City).HasMaxLength(Customer.MaxPlaceLength);
        builder.Property(c => c.Country).HasMaxLength(Customer.MaxPlaceLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.AccountManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partner>().WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.RiskScore).HasPrecision(5, 2);
        builder.Property(c => c.SourceSystem).HasMaxLength(Customer.MaxSourceSystemLength);
        builder.Property(c => c.ExternalRef).HasMaxLength(Customer.MaxExternalRefLength);

        // An imported customer is found again by its key in the system it came from.
        builder.HasIndex(c => new { c.SourceSystem, c.ExternalRef }).IsUnique().HasFilter("\"ExternalRef\" IS NOT NULL");

        // Keyset pagination orders by (key, Id) for each offered ordering.
        builder.HasIndex(c => new { c.Name, c.Id });
        builder.HasIndex(c => new { c.CreatedAt, c.Id });
        builder.HasIndex(c => new { c.LastActivityAt, c.Id });
        builder.HasIndex(c => c.Status);
        builder.HasIndex(c => c.Segment);
        builder.HasIndex(c => c.LoyaltyTier);

        // atRiskCustomers: riskiest first, ties by id; the risk refresh looks for scores gone stale.
        builder.HasIndex(c => new { c.RiskScore, c.Id }).IsDescending(true, false);
        builder.HasIndex(c => c.RiskScoredAt);
    }
}
