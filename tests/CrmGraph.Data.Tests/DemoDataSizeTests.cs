using CrmGraph.Data.Seeding;

namespace CrmGraph.Data.Tests;

public sealed class DemoDataSizeTests
{
    [Theory]
    [InlineData(10_000, 100_000, 30_000, 8_000, 20_000)]
    [InlineData(50_000, 500_000, 150_000, 40_000, 100_000)]
    [InlineData(200_000, 2_000_000, 600_000, 160_000, 400_000)]
    public void A_number_of_customers_brings_the_rest_in_the_large_seeds_proportions(int customers, int interactions, int orders, int complaints, int surveys) =>
        Assert.Equal(new DemoDataSize(customers, interactions, orders, complaints, surveys), DemoDataSize.OfCustomers(customers));

    [Fact]
    public void The_plain_large_seed_is_ten_thousand_customers() => Assert.Equal(DemoDataSize.OfCustomers(10_000), DemoDataSize.Large);

    [Fact]
    public void No_customers_is_refused() => Assert.Throws<ArgumentOutOfRangeException>(() => DemoDataSize.OfCustomers(0));
}
