namespace CrmGraph.Data;

/// <summary>
/// The CRM's unit of work. Each database provider has its own subclass so that each keeps its own
/// migrations; everything else (the model, the rules on save) lives here once.
/// </summary>
public abstract class CrmDbContext : DbContext
{
    protected CrmDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<Interaction> Interactions => Set<Interaction>();

    public DbSet<ServiceProduct> ServiceProducts => Set<ServiceProduct>();

    public DbSet<AddOnService> AddOnServices => Set<AddOnService>();

    public DbSet<AddOnAllowance> AddOnAllowances => Set<AddOnAllowance>();

    public DbSet<PriceList> PriceLists => Set<PriceList>();

    public DbSet<Price> Prices => Set<Price>();

    public DbSet<ServiceOrder> ServiceOrders => Set<ServiceOrder>();

    public DbSet<ServiceOrderLine> ServiceOrderLines => Set<ServiceOrderLine>();

    public DbSet<ServiceOrderAddOn> ServiceOrderAddOns => Set<ServiceOrderAddOn>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ComplaintEvent> ComplaintEvents => Set<ComplaintEvent>();

    public DbSet<SatisfactionSurvey> Surveys => Set<SatisfactionSurvey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersionsOfEditedEntities();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersionsOfEditedEntities();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CrmDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        configurationBuilder.Properties<string>().HaveMaxLength(400);

        // Enums are stored by name: readable in the database and safe against reordering members.
        foreach (var enumType in DomainEnums)
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(32);
        }
    }

    private static IEnumerable<Type> DomainEnums =>
        typeof(Customer).Assembly.GetExportedTypes().Where(t => t.IsEnum && t != typeof(SurveyScale));

    /// <summary>
    /// Every save of an edited versioned entity moves its version on; with the version as concurrency token,
    /// a save based on an older read fails instead of overwriting someone else's change.
    /// </summary>
    private void BumpVersionsOfEditedEntities()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.BumpVersion();
            }
        }
    }
}
