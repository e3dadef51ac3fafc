using Microsoft.EntityFrameworkCore;
using static CrmGraph.Server.Tests.Catalog.CatalogueApi;

namespace CrmGraph.Server.Tests.Catalog;

[Collection(ServerCollection.Name)]
public sealed class CatalogueAdministrationTests(CrmServerFixture server)
{
    [Fact]
    public async Task A_service_manager_creates_updates_retires_and_reinstates_a_product_and_each_change_records_who()
    {
        using var manager = await server.StaffClientAsync(CrmServerFixture.ManagerEmail);
        var productId = await CreateProductAsync(manager);
        var customer = await AnyCustomerAsync();
        NoErrors(await ChangePriceAsync(manager, productId, await DefaultListIdAsync(manager), 80m, from: null));

        var updated = await RunAsync(manager, "updateServiceProduct", "UpdateServiceProductInput", new
        {
            id = productId, version = 0, name = "Heat pump repair", description = "Workshop", category = "REPAIR",
            deliveryMode = "IN_STORE", billingUnit = "PER_HOUR", responseTargetHours = 4, resolutionTargetHours = 24,
        }, "product { name deliveryMode responseTargetHours version }");
        NoErrors(updated);
        Assert.Equal(("Heat pump repair", "IN_STORE", 4, 1), (updated.GetProperty("product").GetProperty("name").GetString(),
            updated.GetProperty("product").GetProperty("deliveryMode").GetString(), updated.GetProperty("product").GetProperty("responseTargetHours").GetInt32(),
            updated.GetProperty("product").GetProperty("version").GetInt32()));

        var stale = await RunAsync(manager, "retireServiceProduct", "ServiceProductStateInput", new { id = productId, version = 0 }, "product { active }");
        Assert.Equal("ConcurrencyConflictError", ErrorType(stale));

        NoErrors(await RunAsync(manager, "retireServiceProduct", "ServiceProductStateInput", new { id = productId }, "product { active }"));
        var retiredQuote = await QuoteAsync(manager, customer, productId);
        Assert.Equal("ProductRetiredError", ErrorType(retiredQuote));
        Assert.Equal("InvalidTransitionError", ErrorType(await RunAsync(manager, "retireServiceProduct", "ServiceProductStateInput", new { id = productId }, "product { active }")));

        NoErrors(await RunAsync(manager, "reinstateServiceProduct", "ServiceProductStateInput", new { id = productId }, "product { active }"));
        NoErrors(await QuoteAsync(manager, customer, productId));

        var changes = await manager.DataAsync("query($id: ID) { catalogueChanges(first: 10, productId: $id) { totalCount edges { node { kind by { email } summary } } } }", new { id = productId });
        var kinds = changes.GetProperty("catalogueChanges").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(["PRODUCT_REINSTATED", "PRODUCT_RETIRED", "PRODUCT_UPDATED", "PRICE_CHANGED", "PRODUCT_CREATED"], kinds.Select(k => k.GetProperty("kind").GetString()));
        Assert.All(kinds, k => Assert.Equal(CrmServerFixture.ManagerEmail, k.GetProperty("by").GetProperty("email").GetString()));
    }

    [Fact]
    public async Task Add_ons_are_created_for_chosen_products_updated_and_retired()
    {
        var productId = await CreateProductAsync(server.Client);
        var otherId = await CreateProductAsync(server.Client);
        var code = "AO-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var created = await RunAsync(server.Client, "createAddOnService", "CreateAddOnServiceInput", new
        {
            code, name = "Night call-out", price = new { amount = 35m, currency = "EUR" }, maxQuantityPerOrder = 1, allowedProductIds = new[] { productId },
        }, "addOn { id allowedProducts { id } }");
        NoErrors(created);
        var addOnId = created.GetProperty("addOn").GetProperty("id").GetString();

        var updated = await RunAsync(server.Client, "updateAddOnService", "UpdateAddOnServiceInput", new
        {
            id = addOnId, name = "Night call-out", price = new { amount = 40m, currency = "EUR" }, maxQuantityPerOrder = 2, allowedProductIds = new[] { otherId },
        }, "addOn { price { amount } maxQuantityPerOrder allowedProducts { id } }");
        NoErrors(updated);
        Assert.Equal([otherId], updated.GetProperty("addOn").GetProperty("allowedProducts").EnumerateArray().Select(p => p.GetProperty("id").GetString()));

        var negative = await RunAsync(server.Client, "updateAddOnService", "UpdateAddOnServiceInput", new
        {
            id = addOnId, name = "Night call-out", price = new { amount = -5m, currency = "EUR" }, maxQuantityPerOrder = 2, allowedProductIds = new[] { otherId },
        }, "addOn { id }");
        Assert.Equal("ValidationError", ErrorType(negative));

        NoErrors(await RunAsync(server.Client, "retireAddOnService", "RetireAddOnServiceInput", new { id = addOnId }, "addOn { active }"));
        var stored = await server.InDatabaseAsync(db => db.AddOnServices.AsNoTracking().SingleAsync(a => a.Code == code));
        Assert.Equal((40m, false), (stored.PriceAmount, stored.Active));
    }

    [Fact]
    public async Task Only_service_managers_and_administrators_with_pricing_admin_may_administer_the_catalogue()
    {
        const string Create = "mutation { createPriceList(input: { code: \"NOPE\", name: \"Nope\", currency: \"EUR\" }) { errors { code } } }";
        using var agent = await server.StaffClientAsync(CrmServerFixture.AgentEmail);
        using var partner = await server.PartnerClientAsync("partner-north");
        using var managerWithoutScope = await server.StaffClientAsync(CrmServerFixture.ManagerEmail, "openid crm.read crm.write");
        var technicianEmail = await server.CreateStaffAccountAsync("technician-catalogue-password", Domain.Staff.StaffRole.Technician);
        using var technician = server.ClientWithToken((await server.OAuth.SignInStaffAsync(technicianEmail, "technician-catalogue-password")).AccessToken);
        foreach (var client in new[] { agent, partner, managerWithoutScope, technician })
        {
            var response = await client.PostAsync(Create);
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        }

        Assert.False(await server.InDatabaseAsync(db => db.PriceLists.AnyAsync(l => l.Code == "NOPE")));
        var unknown = await server.Client.DataAsync("mutation { createPriceList(input: { code: \"BAD-CUR\", name: \"Bad\", currency: \"EUX\" }) { errors { __typename path } } }");
        Assert.Equal("ValidationError", unknown.GetProperty("createPriceList").GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Estimating_needs_crm_write()
    {
        using var readOnly = await server.PartnerClientAsync("partner-north", "crm.read");
        var before = await server.InDatabaseAsync(db => db.Estimates.CountAsync());
        var response = await readOnly.PostAsync("mutation { createEstimate(input: { customerId: \"x\", productId: \"y\", quantity: 1 }) { errors { code } } }");
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        Assert.Equal(before, await server.InDatabaseAsync(db => db.Estimates.CountAsync()));
    }

    private async Task<string> AnyCustomerAsync()
    {
        var data = await server.Client.DataAsync("{ customers(first: 1, where: { status: [ACTIVE] }) { edges { node { id } } } }");
        return data.GetProperty("customers").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString()!;
    }
}
