using CrmGraph.Data.Access;
using CrmGraph.Data.Accounts;
using CrmGraph.Data.Outbox;

using CrmGraph.Data.Audit;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CrmGraph.Data;

/// <summary>
/// The CRM's unit of work. Each database provider has its own subclass so that each keeps its own
/// migrations; everything else (the model, the rules on save) lives here once. Staff sign-in accounts and
/// the OAuth server's clients and tokens share the database, so one migration set describes it all.
/// </summary>
public abstract class CrmDbContext : IdentityUserContext<StaffAccount, int>
{
    private readonly DataAccessScope _access;

    protected CrmDbContext(DbContextOptions options, DataAccessScope access)
        : base(options)
    {
        _access = access;
    }

    /// <summary>Whether this unit of work's queries are limited to one partner's customers (or to none).</summary>
    public bool IsFiltered => _access.Kind != DataAccessKind.Everything;

    /// <summary>Lets the filters through for callers who see everything.</summary>
    internal bool SeesEverything => _access.Kind == DataAccessKind.Everything;

    /// <summary>The partner whose customers the filters let through; 0, which no partner has, lets none through.</summary>
    internal int VisiblePartnerId => _access.Kind == DataAccessKind.Partner ? _access.PartnerId : 0;

    private const int DefaultTextLength = 400;

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<CustomerEvent> CustomerEvents => Set<CustomerEvent>();

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

    public DbSet<ServiceOrderEvent> ServiceOrderEvents => Set<ServiceOrderEvent>();

    public DbSet<Estimate> Estimates => Set<Estimate>();

    public DbSet<EstimateLine> EstimateLines => Set<EstimateLine>();

    public DbSet<CatalogueChange> CatalogueChanges => Set<CatalogueChange>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ComplaintEvent> ComplaintEvents => Set<ComplaintEvent>();

    public DbSet<SatisfactionSurvey> Surveys => Set<SatisfactionSurvey>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<HandledEvent> HandledEvents => Set<HandledEvent>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

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

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, AccessModelCacheKeyFactory>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();
        AllowLongTextInSecurityTables(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CrmDbContext).Assembly);
        if (IsFiltered)
        {
            PartnerFilters.Apply(modelBuilder, this);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        configurationBuilder.Properties<string>().HaveMaxLength(DefaultTextLength);

        // Enums are stored by name: readable in the database and safe against reordering members.
        foreach (var enumType in DomainEnums)
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(32);
        }
    }

    /// <summary>
    /// The 400-character default suits CRM text; token payloads, permissions and password hashes of the
    /// identity tables can be longer, so their unsized columns stay unbounded.
    /// </summary>
    private static void AllowLongTextInSecurityTables(ModelBuilder modelBuilder)
    {
        var crmTypes = typeof(Customer).Assembly;
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.ClrType.Assembly != crmTypes))
        {
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() == DefaultTextLength))
            {
                property.SetMaxLength(null);
            }
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
