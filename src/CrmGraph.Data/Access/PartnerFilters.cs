namespace CrmGraph.Data.Access;

/// <summary>
/// The one place that limits a partner to its own customers: every entity that belongs to a customer is
/// visible only when its customer is, so lists, lookups by id, nested fields and mutations all agree.
/// The filters also let everything through when the caller turns out to see everything after the unit of
/// work was first used (its model is then already the filtered one).
/// </summary>
internal static class PartnerFilters
{
    public static void Apply(ModelBuilder model, CrmDbContext db)
    {
        model.Entity<Partner>().HasQueryFilter(p => db.SeesEverything || p.Id == db.VisiblePartnerId);
        model.Entity<Customer>().HasQueryFilter(c => db.SeesEverything || c.PartnerId == db.VisiblePartnerId);
        model.Entity<CustomerEvent>().HasQueryFilter(e => db.SeesEverything || db.Customers.Any(c => c.Id == e.CustomerId));
        model.Entity<Interaction>().HasQueryFilter(i => db.SeesEverything || db.Customers.Any(c => c.Id == i.CustomerId));
        model.Entity<ServiceOrder>().HasQueryFilter(o => db.SeesEverything || db.Customers.Any(c => c.Id == o.CustomerId));
        model.Entity<ServiceOrderLine>().HasQueryFilter(l => db.SeesEverything || db.ServiceOrders.Any(o => o.Id == l.ServiceOrderId));
        model.Entity<ServiceOrderAddOn>().HasQueryFilter(a => db.SeesEverything || db.ServiceOrders.Any(o => o.Id == a.ServiceOrderId));
        model.Entity<ServiceOrderEvent>().HasQueryFilter(e => db.SeesEverything || db.ServiceOrders.Any(o => o.Id == e.ServiceOrderId));
        model.Entity<Estimate>().HasQueryFilter(e => db.SeesEverything || db.Customers.Any(c => c.Id == e.CustomerId));
        model.Entity<EstimateLine>().HasQueryFilter(l => db.SeesEverything || db.Estimates.Any(e => e.Id == l.EstimateId));
        model.Entity<Complaint>().HasQueryFilter(c => db.SeesEverything || db.Customers.Any(x => x.Id == c.CustomerId));
        model.Entity<ComplaintEvent>().HasQueryFilter(e => db.SeesEverything || db.Complaints.Any(c => c.Id == e.ComplaintId));
        model.Entity<SatisfactionSurvey>().HasQueryFilter(s => db.SeesEverything || db.Customers.Any(c => c.Id == s.CustomerId));
    }
}
