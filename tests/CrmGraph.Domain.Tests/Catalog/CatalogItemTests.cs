using CrmGraph.Domain.Catalog;

namespace CrmGraph.Domain.Tests.Catalog;

public sealed class CatalogItemTests
{
    private static readonly ServiceProductDetails Details = new(
        "Boiler service", "Annual service", ServiceCategory.Maintenance, DeliveryMode.OnSite, BillingUnit.PerVisit,
        new ServiceLevelTerms(TimeSpan.FromHours(8), TimeSpan.FromHours(48)));

    [Fact]
    public void A_product_is_created_active_and_can_be_retired_and_reinstated_once_each()
    {
        var product = ServiceProduct.Create(" BOIL-SVC ", Details).Value;
        Assert.Equal(("BOIL-SVC", true), (product.Code, product.Active));

        Assert.Null(product.Retire());
        Assert.Equal(DomainErrorCodes.InvalidTransition, product.Retire()!.Code);
        Assert.False(product.Active);
        Assert.Null(product.Reinstate());
        Assert.Equal(DomainErrorCodes.InvalidTransition, product.Reinstate()!.Code);
    }

    [Fact]
    public void Product_details_are_checked_and_a_refused_update_changes_nothing()
    {
        var product = ServiceProduct.Create("BOIL", Details).Value;

        var errors = product.Update(Details with { Name = " ", Terms = new ServiceLevelTerms(TimeSpan.FromHours(8), TimeSpan.FromHours(2)) });

        Assert.Equal(["name", "resolutionTargetHours"], errors.Select(e => e.Field));
        Assert.Equal("Boiler service", product.Name);
    }

    [Fact]
    public void An_add_on_update_replaces_its_allowed_products_and_checks_price_and_maximum()
    {
        var addOn = AddOnService.Create("EXPRESS", new AddOnServiceDetails("Express", string.Empty, new Money(20m, "EUR"), 1, [1, 2])).Value;

        Assert.Empty(addOn.Update(new AddOnServiceDetails("Express", string.Empty, new Money(25m, "EUR"), 2, [2, 3])));
        Assert.Equal([2, 3], addOn.Allowances.Select(a => a.ServiceProductId).Order());

        var refused = addOn.Update(new AddOnServiceDetails("Express", string.Empty, new Money(-1m, "XYZ"), 0, []));
        Assert.Equal(["price", "price", "maxQuantityPerOrder"], refused.Select(e => e.Field));
        Assert.Equal(25m, addOn.PriceAmount);
        Assert.Null(addOn.Retire());
        Assert.False(addOn.Active);
    }
}
