using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Pricing;

namespace CrmGraph.Domain.Tests.Pricing;

public sealed class QuoteCalculatorTests
{
    private const int ProductId = 10;
    private static readonly DateTimeOffset Jan1 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset At = new(2026, 3, 10, 9, 30, 0, TimeSpan.Zero);

    private readonly PriceList _euroList = new PriceList("STD", "Standard", "EUR", isDefault: true).WithId(1);
    private readonly ServiceProduct _repair = new ServiceProduct(
        "REPAIR", "Appliance repair", "On-site repair", ServiceCategory.Repair, DeliveryMode.OnSite, BillingUnit.PerVisit,
        new ServiceLevelTerms(TimeSpan.FromHours(8), TimeSpan.FromHours(72))).WithId(ProductId);

    private readonly AddOnService _express = AllowedAddOn(20, "EXPRESS", 19.99m, maxQuantity: 1);
    private readonly AddOnService _courier = AllowedAddOn(21, "COURIER", 12.50m, maxQuantity: 3);

    private static AddOnService AllowedAddOn(int id, string code, decimal price, int maxQuantity, string currency = "EUR")
    {
        var addOn = new AddOnService(code, code, code, new Money(price, currency), maxQuantity).WithId(id);
        addOn.AllowFor(ProductId);
        return addOn;
    }

    private static Price ListPrice(decimal amount, LoyaltyTier? tier = null, int priceListId = 1) =>
        new Price(priceListId, ProductId, amount, Jan1, null, loyaltyTier: tier).WithId(tier is null ? 100 : 200);

    private QuoteRequest Request(LoyaltyTier tier, int quantity, IReadOnlyList<Price> prices, params AddOnChoice[] addOns) =>
        new(new QuoteCustomer(5, CustomerSegment.Standard, tier), _euroList, _repair, quantity, addOns, prices, At);

    private static Quote Priced(QuoteRequest request, TierDiscountPolicy? policy = null)
    {
        var outcome = new QuoteCalculator(policy ?? TierDiscountPolicy.Default).Calculate(request);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        return outcome.Value;
    }

    private static DomainError SingleError(QuoteRequest request)
    {
        var outcome = new QuoteCalculator(TierDiscountPolicy.Default).Calculate(request);
        Assert.False(outcome.Succeeded);
        return Assert.Single(outcome.Errors);
    }

    private static Money Eur(decimal amount) => new(amount, "EUR");

    [Fact]
    public void Gold_customer_gets_five_percent_off_every_line_rounded_per_line()
    {
        var quote = Priced(Request(LoyaltyTier.Gold, 3, [ListPrice(33.33m)], new AddOnChoice(_courier, 2), new AddOnChoice(_express, 1)));

        Assert.Collection(
            quote.Lines,
            product =>
            {
                Assert.Equal((QuoteLineKind.Product, ProductId, "REPAIR", 3, 100), (product.Kind, product.ItemId, product.Code, product.Quantity, product.PriceId));
                Assert.Equal(Eur(33.33m), product.UnitPrice);
                Assert.Equal(Eur(5.00m), product.Discount);
                Assert.Equal(Eur(94.99m), product.Total);
                Assert.Equal("List price from 2026-01-01; Gold tier discount 5%", product.Rule);
            },
            courier =>
            {
                Assert.Equal((QuoteLineKind.AddOn, 21, 2, (int?)null), (courier.Kind, courier.ItemId, courier.Quantity, courier.PriceId));
                Assert.Equal(Eur(1.25m), courier.Discount);
                Assert.Equal(Eur(23.75m), courier.Total);
                Assert.Equal("add-on price; Gold tier discount 5%", courier.Rule);
            },
            express =>
            {
                Assert.Equal(Eur(1.00m), express.Discount);
                Assert.Equal(Eur(18.99m), express.Total);
            });
        Assert.Equal(Eur(144.98m), quote.Subtotal);
        Assert.Equal(Eur(7.25m), quote.TierDiscount);
        Assert.Equal(Eur(137.73m), quote.Total);
        Assert.Equal((5, 1, "EUR", At), (quote.CustomerId, quote.PriceListId, quote.Currency, quote.PricedAt));
    }

    [Fact]
    public void Discount_is_rounded_on_each_line_not_on_the_total()
    {
        // 5% of 0.10 is 0.005, which rounds up to a cent on each line: 0.02 in all, where 5% of 0.20 would be 0.01.
        var cheap = AllowedAddOn(30, "STICKER", 0.10m, maxQuantity: 1);

        var quote = Priced(Request(LoyaltyTier.Gold, 1, [ListPrice(0.10m)], new AddOnChoice(cheap, 1)));

        Assert.Equal(Eur(0.20m), quote.Subtotal);
        Assert.Equal(Eur(0.02m), quote.TierDiscount);
        Assert.Equal(Eur(0.18m), quote.Total);
    }

    [Fact]
    public void A_tier_price_is_not_discounted_again_but_add_ons_are()
    {
        var quote = Priced(Request(LoyaltyTier.Gold, 2, [ListPrice(40m), ListPrice(30m, LoyaltyTier.Gold)], new AddOnChoice(_express, 1)));

        var product = quote.Lines[0];
        Assert.Equal(Eur(30m), product.UnitPrice);
        Assert.Equal(Eur(0m), product.Discount);
        Assert.Equal(Eur(60m), product.Total);
        Assert.Equal("Gold tier price from 2026-01-01; no Gold tier discount on top of a tier price", product.Rule);
        Assert.Equal(Eur(1.00m), quote.Lines[1].Discount);
        Assert.Equal(Eur(79.99m), quote.Subtotal);
        Assert.Equal(Eur(1.00m), quote.TierDiscount);
        Assert.Equal(Eur(78.99m), quote.Total);
    }

    [Fact]
    public void Standard_customer_pays_list_price_with_plain_rules()
    {
        var quote = Priced(Request(LoyaltyTier.Standard, 2, [ListPrice(49.50m)], new AddOnChoice(_courier, 3)));

        Assert.Equal(["List price from 2026-01-01", "add-on price"], quote.Lines.Select(l => l.Rule));
        Assert.Equal(Eur(136.50m), quote.Subtotal);
        Assert.Equal(Eur(0m), quote.TierDiscount);
        Assert.Equal(Eur(136.50m), quote.Total);
    }

    [Fact]
    public void The_discount_policy_is_configurable()
    {
        var policy = new TierDiscountPolicy(new Dictionary<LoyaltyTier, decimal> { [LoyaltyTier.Silver] = 12.5m });

        var quote = Priced(Request(LoyaltyTier.Silver, 1, [ListPrice(80m)]), policy);

        Assert.Equal(Eur(10m), quote.TierDiscount);
        Assert.Equal(Eur(70m), quote.Total);
        Assert.Equal("List price from 2026-01-01; Silver tier discount 12.5%", quote.Lines[0].Rule);
    }

    [Theory]
    [InlineData(LoyaltyTier.Standard, 0)]
    [InlineData(LoyaltyTier.Silver, 3)]
    [InlineData(LoyaltyTier.Gold, 5)]
    [InlineData(LoyaltyTier.Vip, 10)]
    public void Default_tier_discounts(LoyaltyTier tier, decimal percent) =>
        Assert.Equal(percent, TierDiscountPolicy.Default.PercentFor(tier));

    [Theory]
    [InlineData(-1)]
    [InlineData(100.01)]
    public void A_discount_outside_zero_to_hundred_percent_is_refused(decimal percent) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TierDiscountPolicy(new Dictionary<LoyaltyTier, decimal> { [LoyaltyTier.Gold] = percent }));

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Quantity_below_one_is_a_validation_error(int quantity)
    {
        var error = SingleError(Request(LoyaltyTier.Standard, quantity, [ListPrice(10m)]));

        Assert.Equal((DomainErrorCodes.Validation, "quantity"), (error.Code, error.Field));
    }

    [Fact]
    public void No_price_in_force_is_an_error_not_a_zero_price()
    {
        var error = SingleError(Request(LoyaltyTier.Standard, 1, [ListPrice(10m, LoyaltyTier.Vip)]));

        Assert.Equal(DomainErrorCodes.NoPriceInForce, error.Code);
    }

    [Fact]
    public void Prices_of_another_price_list_are_ignored()
    {
        var error = SingleError(Request(LoyaltyTier.Standard, 1, [ListPrice(10m, priceListId: 2)]));

        Assert.Equal(DomainErrorCodes.NoPriceInForce, error.Code);
    }

    [Fact]
    public void An_add_on_not_allowed_for_the_product_is_an_error()
    {
        var loaner = new AddOnService("LOANER", "Loaner", "Loaner device", Eur(5m), 1).WithId(22);
        loaner.AllowFor(ProductId + 1);

        var error = SingleError(Request(LoyaltyTier.Standard, 1, [ListPrice(10m)], new AddOnChoice(_express, 1), new AddOnChoice(loaner, 1)));

        Assert.Equal((DomainErrorCodes.AddOnNotAllowed, "addOns[1]"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(0, DomainErrorCodes.Validation)]
    [InlineData(4, DomainErrorCodes.QuantityAboveMaximum)]
    public void An_add_on_quantity_outside_one_to_its_maximum_is_an_error(int quantity, string code)
    {
        var error = SingleError(Request(LoyaltyTier.Standard, 1, [ListPrice(10m)], new AddOnChoice(_courier, quantity)));

        Assert.Equal((code, "addOns[0].quantity"), (error.Code, error.Field));
    }

    [Fact]
    public void The_same_add_on_twice_is_an_error()
    {
        var error = SingleError(Request(LoyaltyTier.Standard, 1, [ListPrice(10m)], new AddOnChoice(_courier, 1), new AddOnChoice(_courier, 1)));

        Assert.Equal((DomainErrorCodes.Validation, "addOns[1]"), (error.Code, error.Field));
    }

    [Fact]
    public void An_add_on_in_another_currency_is_an_error()
    {
        var dollars = AllowedAddOn(23, "PARTS", 15m, maxQuantity: 1, currency: "USD");

        var error = SingleError(Request(LoyaltyTier.Standard, 1, [ListPrice(10m)], new AddOnChoice(dollars, 1)));

        Assert.Equal((DomainErrorCodes.CurrencyMismatch, "addOns[0]"), (error.Code, error.Field));
    }

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        var notAllowed = new AddOnService("LOANER", "Loaner", "Loaner device", new Money(5m, "USD"), 1).WithId(22);

        var outcome = new QuoteCalculator(TierDiscountPolicy.Default).Calculate(Request(
            LoyaltyTier.Standard,
            0,
            [ListPrice(10m)],
            new AddOnChoice(_courier, 9),
            new AddOnChoice(notAllowed, 0),
            new AddOnChoice(_courier, 1)));

        Assert.Equal(
            [
                (DomainErrorCodes.Validation, "quantity"),
                (DomainErrorCodes.QuantityAboveMaximum, "addOns[0].quantity"),
                (DomainErrorCodes.AddOnNotAllowed, "addOns[1]"),
                (DomainErrorCodes.Validation, "addOns[1].quantity"),
                (DomainErrorCodes.CurrencyMismatch, "addOns[1]"),
                (DomainErrorCodes.Validation, "addOns[2]"),
            ],
            outcome.Errors.Select(e => (e.Code, e.Field)));
        Assert.All(outcome.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public void A_retired_product_or_add_on_is_not_quoted()
    {
        _repair.Retire();
        _courier.Retire();
        var outcome = new QuoteCalculator(TierDiscountPolicy.Default).Calculate(Request(LoyaltyTier.Standard, 1, [ListPrice(50m)], new AddOnChoice(_courier, 1)));

        Assert.Equal(
            [(DomainErrorCodes.ProductRetired, "productId"), (DomainErrorCodes.ProductRetired, "addOns[0]")],
            outcome.Errors.Select(e => (e.Code, e.Field)));
    }
}
