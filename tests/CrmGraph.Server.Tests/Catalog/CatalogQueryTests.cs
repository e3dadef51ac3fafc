namespace CrmGraph.Server.Tests.Catalog;

[Collection(ServerCollection.Name)]
public sealed class CatalogQueryTests(CrmServerFixture server)
{
    [Fact]
    public async Task Products_show_their_prices_in_force_their_history_and_allowed_add_ons()
    {
        var data = await server.Client.DataAsync("""
            {
              serviceProducts(first: 50) {
                totalCount
                edges { node {
                  code category billingUnit responseTargetHours
                  prices { amount { amount currency } validFrom validTo loyaltyTier segment minQuantity priceList { code } }
                  priceHistory { validFrom validTo }
                  allowedAddOns { code maxQuantityPerOrder price { amount currency } }
                } }
              }
              addOnServices(first: 50) { edges { node { code allowedProducts { code } } } }
              priceLists { code currency isDefault }
            }
            """);
        var products = data.GetProperty("serviceProducts").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(data.GetProperty("serviceProducts").GetProperty("totalCount").GetInt32(), products.Count);

        var repair = products.Single(p => p.GetProperty("code").GetString() == "REP-WORKSHOP");
        var now = DateTimeOffset.UtcNow;
        Assert.All(repair.GetProperty("prices").EnumerateArray(), price =>
        {
            Assert.True(price.GetProperty("validFrom").GetDateTimeOffset() <= now);
            Assert.True(price.GetProperty("validTo").ValueKind == JsonValueKind.Null || price.GetProperty("validTo").GetDateTimeOffset() > now);
            Assert.Equal("EUR", price.GetProperty("amount").GetProperty("currency").GetString());
        });
        Assert.True(repair.GetProperty("priceHistory").GetArrayLength() > repair.GetProperty("prices").GetArrayLength());
        Assert.Contains(repair.GetProperty("allowedAddOns").EnumerateArray(), a => a.GetProperty("code").GetString() == "COURIER");

        var courier = data.GetProperty("addOnServices").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).Single(a => a.GetProperty("code").GetString() == "COURIER");
        Assert.Equal(["REP-WORKSHOP"], courier.GetProperty("allowedProducts").EnumerateArray().Select(p => p.GetProperty("code").GetString()));

        var lists = data.GetProperty("priceLists").EnumerateArray().ToList();
        Assert.True(lists[0].GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task Partners_and_staff_members_are_listed()
    {
        var data = await server.Client.DataAsync("{ partners(first: 10) { edges { node { code name } } } staffMembers(first: 100) { totalCount edges { node { name role team } } } }");
        Assert.Contains(data.GetProperty("partners").GetProperty("edges").EnumerateArray(), p => p.GetProperty("node").GetProperty("code").GetString() == "NORTH");
        var roles = data.GetProperty("staffMembers").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("role").GetString()).ToHashSet();
        Assert.Contains("AGENT", roles);
        Assert.Contains("SERVICE_MANAGER", roles);
        Assert.Contains("ADMINISTRATOR", roles);
    }
}
