namespace CrmGraph.Data.Seeding;

/// <summary>The demo service catalogue: products, add-ons, price lists and prices that change over time.</summary>
internal static class DemoCatalog
{
    private static readonly (string Code, string Name, ServiceCategory Category, DeliveryMode Mode, BillingUnit Unit, int ResponseHours, int ResolutionHours, decimal BasePrice)[] Products =
    [
        ("INST-STD", "Standard installation", ServiceCategory.Installation, DeliveryMode.OnSite, BillingUnit.Fixed, 24, 72, 149m),
        ("INST-PRO", "Professional installation with commissioning", ServiceCategory.Installation, DeliveryMode.OnSite, BillingUnit.Fixed, 24, 48, 289m),
        ("MAINT-BAS", "Basic maintenance plan", ServiceCategory.Maintenance, DeliveryMode.OnSite, BillingUnit.PerYear, 48, 120, 199m),
        ("MAINT-PLUS", "Maintenance plan plus", ServiceCategory.Maintenance, DeliveryMode.OnSite, BillingUnit.PerYear, 24, 72, 349m),
        ("REP-ONSITE", "On-site repair", ServiceCategory.Repair, DeliveryMode.OnSite, BillingUnit.PerHour, 8, 48, 89m),
        ("REP-WORKSHOP", "Workshop repair", ServiceCategory.Repair, DeliveryMode.InStore, BillingUnit.PerVisit, 24, 96, 119m),
        ("INSP-SAFETY", "Safety inspection", ServiceCategory.Inspection, DeliveryMode.OnSite, BillingUnit.PerVisit, 48, 120, 129m),
        ("CONS-REMOTE", "Remote consulting", ServiceCategory.Consulting, DeliveryMode.Remote, BillingUnit.PerHour, 8, 24, 95m),
        ("TRAIN-OPS", "Operator training", ServiceCategory.Training, DeliveryMode.InStore, BillingUnit.PerVisit, 72, 240, 240m),
        ("WARR-EXT2", "Extended warranty, two years", ServiceCategory.ExtendedWarranty, DeliveryMode.Remote, BillingUnit.Fixed, 24, 120, 179m),
        ("SUPP-MONTH", "Remote support subscription", ServiceCategory.Consulting, DeliveryMode.Remote, BillingUnit.PerMonth, 4, 24, 39m),
    ];

    private static readonly (string Code, string Name, string Description, decimal Price, int Max, string[] Products)[] AddOns =
    [
        ("EXPRESS", "Express response", "A technician within four hours.", 59m, 1, ["REP-ONSITE", "REP-WORKSHOP", "INST-STD", "INST-PRO"]),
        ("EXT-HOURS", "Extended hours", "Service in the evening or at the weekend.", 45m, 3, ["REP-ONSITE", "INST-STD", "INST-PRO", "MAINT-BAS", "MAINT-PLUS"]),
        ("COURIER", "Courier pickup", "We collect the unit and bring it back.", 25m, 2, ["REP-WORKSHOP"]),
        ("LOANER", "Loaner device", "A replacement unit while yours is in the workshop.", 35m, 1, ["REP-WORKSHOP", "REP-ONSITE"]),
        ("PREMIUM-PARTS", "Premium parts", "Original manufacturer parts with extended guarantee.", 79m, 5, ["REP-ONSITE", "REP-WORKSHOP", "MAINT-PLUS"]),
        ("CERT", "Inspection certificate", "A signed certificate for insurers and authorities.", 30m, 1, ["INSP-SAFETY"]),
        ("TRAIN-MAT", "Training material", "Printed handbook per participant.", 15m, 20, ["TRAIN-OPS"]),
    ];

    public static async Task<IReadOnlyList<ServiceProduct>> SeedAsync(CrmDbContext db, DateTimeOffset today, CancellationToken cancellationToken)
    {
        var products = Products
            .Select(p => new ServiceProduct(p.Code, p.Name, $"{p.Name} ({p.Category}, billed {p.Unit}).", p.Category, p.Mode, p.Unit, new ServiceLevelTerms(TimeSpan.FromHours(p.ResponseHours), TimeSpan.FromHours(p.ResolutionHours))))
            .ToList();
        var standard = new PriceList("STANDARD-EUR", "Standard prices", "EUR", isDefault: true);
        var partner = new PriceList("PARTNER-EUR", "Partner channel prices", "EUR", isDefault: false);
        db.ServiceProducts.AddRange(products);
        db.PriceLists.AddRange(standard, partner);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        foreach (var addOn in AddOns)
        {
            var service = new AddOnService(addOn.Code, addOn.Name, addOn.Description, new Money(addOn.Price, "EUR"), addOn.Max);
            foreach (var code in addOn.Products)
            {
                service.AllowFor(products.Single(p => p.Code == code).Id);
            }

            db.AddOnServices.Add(service);
        }

        // Two generations of prices: last year's list, and this year's (about 6% higher) still in force,
        // with tier, segment and quantity-break prices on top of the list default.
        var lastYear = today.AddYears(-3);
        var thisYear = today.AddMonths(-10);
        foreach (var (product, basePrice) in products.Zip(Products.Select(p => p.BasePrice)))
        {
            var current = Math.Round(basePrice * 1.06m, 2);
            db.Prices.AddRange(
                new Price(standard.Id, product.Id, basePrice, lastYear, thisYear),
                new Price(standard.Id, product.Id, current, thisYear, null),
                new Price(standard.Id, product.Id, Math.Round(current * 0.95m, 2), thisYear, null, segment: Domain.Customers.CustomerSegment.PriceSensitive),
                new Price(standard.Id, product.Id, Math.Round(current * 0.92m, 2), thisYear, null, loyaltyTier: Domain.Customers.LoyaltyTier.Gold),
                new Price(standard.Id, product.Id, Math.Round(current * 0.88m, 2), thisYear, null, loyaltyTier: Domain.Customers.LoyaltyTier.Vip),
                new Price(standard.Id, product.Id, Math.Round(current * 0.90m, 2), thisYear, null, minQuantity: 5),
                new Price(partner.Id, product.Id, Math.Round(current * 0.85m, 2), thisYear, null));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return products;
    }
}
