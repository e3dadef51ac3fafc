using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Common;
using Microsoft.EntityFrameworkCore;
using static CrmGraph.Server.Tests.Catalog.CatalogueApi;

namespace CrmGraph.Server.Tests.Orders;

[Collection(ServerCollection.Name)]
public sealed class EstimateToCompletionTests(CrmServerFixture server)
{
    private const string EstimateFields = "estimate { id number status version total { amount } lines { rule unitPrice { amount } } order { id version status total { amount } loyaltyPointsEarned } }";
    private const string OrderFields = "order { id status version technician { id } workNotes cancellationReason history { fromStatus toStatus note } customer { loyaltyPoints loyaltyTier } }";

    [Fact]
    public async Task A_partner_estimates_approves_at_the_estimated_price_and_the_workshop_completes_the_order()
    {
        var (productId, listId) = await PricedProductAsync(200m);
        using var partner = await server.PartnerClientAsync("partner-north");
        var customer = await Churn.ChurnApi.CreateCustomerAsync(partner, "Northgate Bakery " + Guid.NewGuid().ToString("N")[..6]);

        var estimate = await RunAsync(partner, "createEstimate", "CreateEstimateInput", new { customerId = customer, productId, quantity = 1 }, EstimateFields);
        NoErrors(estimate);
        var estimateId = estimate.GetProperty("estimate").GetProperty("id").GetString();
        Assert.Equal(("OPEN", 200m), (estimate.GetProperty("estimate").GetProperty("status").GetString(), estimate.GetProperty("estimate").GetProperty("total").GetProperty("amount").GetDecimal()));
        Assert.False(string.IsNullOrEmpty(estimate.GetProperty("estimate").GetProperty("lines")[0].GetProperty("rule").GetString()));

        // The list price rises after the estimate; the approved order keeps the estimated price.
        NoErrors(await ChangePriceAsync(server.Client, productId, listId, 260m, DateTimeOffset.UtcNow.AddSeconds(1)));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var approved = await RunAsync(partner, "approveEstimate", "ApproveEstimateInput", new { id = estimateId, version = 0 }, EstimateFields);
        NoErrors(approved);
        var order = approved.GetProperty("estimate").GetProperty("order");
        Assert.Equal((200m, "PLACED", 200), (order.GetProperty("total").GetProperty("amount").GetDecimal(), order.GetProperty("status").GetString(), order.GetProperty("loyaltyPointsEarned").GetInt32()));
        Assert.Equal("EstimateAlreadyApprovedError", ErrorType(await RunAsync(partner, "approveEstimate", "ApproveEstimateInput", new { id = estimateId }, "estimate { id }")));

        var orderId = order.GetProperty("id").GetString();
        var technician = await TechnicianIdAsync();
        var scheduled = await RunAsync(partner, "scheduleServiceOrder", "ScheduleServiceOrderInput", new { id = orderId, version = 0, scheduledFor = DateTimeOffset.UtcNow.AddDays(1).ToString("O"), technicianId = technician }, OrderFields);
        NoErrors(scheduled);
        Assert.Equal("ConcurrencyConflictError", ErrorType(await RunAsync(partner, "startServiceOrder", "StartServiceOrderInput", new { id = orderId, version = 0 }, OrderFields)));
        Assert.Equal("InvalidTransitionError", ErrorType(await RunAsync(partner, "completeServiceOrder", "CompleteServiceOrderInput", new { id = orderId, workNotes = "Too early" }, OrderFields)));
        NoErrors(await RunAsync(partner, "startServiceOrder", "StartServiceOrderInput", new { id = orderId, version = 1 }, OrderFields));
        var completed = await RunAsync(partner, "completeServiceOrder", "CompleteServiceOrderInput", new { id = orderId, workNotes = "Replaced the oven thermostat." }, OrderFields);
        NoErrors(completed);
        var done = completed.GetProperty("order");
        Assert.Equal(("COMPLETED", "Replaced the oven thermostat."), (done.GetProperty("status").GetString(), done.GetProperty("workNotes").GetString()));
        Assert.Equal(["SCHEDULED", "IN_PROGRESS", "COMPLETED"], done.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("toStatus").GetString()));
        Assert.Equal("InvalidTransitionError", ErrorType(await RunAsync(partner, "cancelServiceOrder", "CancelServiceOrderInput", new { id = orderId, reason = "Too late" }, OrderFields)));

        var timeline = await partner.DataAsync("query($id: ID!) { customer(id: $id) { timeline(first: 10) { edges { node { kind summary } } } } }", new { id = customer });
        var kinds = timeline.GetProperty("customer").GetProperty("timeline").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("kind").GetString()).ToList();
        Assert.Contains("ESTIMATE", kinds);
        Assert.Equal("ORDER_STATUS_CHANGE", kinds[0]);
        Assert.Contains("COMPLETED", timeline.GetProperty("customer").GetProperty("timeline").GetProperty("edges")[0].GetProperty("node").GetProperty("summary").GetString(), StringComparison.OrdinalIgnoreCase);

        // Each step is a domain event in the outbox, for handlers and integrations to follow.
        var customerKey = GlobalId.ParseFor("Customer", customer, "customerId");
        var recorded = await server.InDatabaseAsync(db => db.OutboxMessages.Where(m => m.CustomerId == customerKey).Select(m => m.Type).ToListAsync());
        Assert.Equal(
            ["EstimateApproved", "EstimateCreated", "OrderCompleted", "OrderPlaced"],
            recorded.Where(type => type.StartsWith("Estimate", StringComparison.Ordinal) || type.StartsWith("Order", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Cancelling_takes_back_the_points_the_order_earned_without_lowering_the_tier()
    {
        var (productId, _) = await PricedProductAsync(900m);
        var customer = await Churn.ChurnApi.CreateCustomerAsync(server.Client, "Cancel Test " + Guid.NewGuid().ToString("N")[..6]);
        var estimate = await RunAsync(server.Client, "createEstimate", "CreateEstimateInput", new { customerId = customer, productId, quantity = 1 }, EstimateFields);
        var approved = await RunAsync(server.Client, "approveEstimate", "ApproveEstimateInput", new { id = estimate.GetProperty("estimate").GetProperty("id").GetString() }, EstimateFields);
        var orderId = approved.GetProperty("estimate").GetProperty("order").GetProperty("id").GetString();

        var missingReason = await RunAsync(server.Client, "cancelServiceOrder", "CancelServiceOrderInput", new { id = orderId, reason = " " }, OrderFields);
        Assert.Equal("ValidationError", ErrorType(missingReason));
        var cancelled = await RunAsync(server.Client, "cancelServiceOrder", "CancelServiceOrderInput", new { id = orderId, reason = "Customer moved away." }, OrderFields);
        NoErrors(cancelled);

        var order = cancelled.GetProperty("order");
        Assert.Equal(("CANCELLED", "Customer moved away."), (order.GetProperty("status").GetString(), order.GetProperty("cancellationReason").GetString()));
        Assert.Equal((0, "GOLD"), (order.GetProperty("customer").GetProperty("loyaltyPoints").GetInt32(), order.GetProperty("customer").GetProperty("loyaltyTier").GetString()));
    }

    [Fact]
    public async Task Expired_declined_and_foreign_estimates_are_typed_errors_that_order_nothing()
    {
        var (productId, _) = await PricedProductAsync(75m);
        using var partner = await server.PartnerClientAsync("partner-north");
        var customer = await Churn.ChurnApi.CreateCustomerAsync(partner, "Estimate Rules " + Guid.NewGuid().ToString("N")[..6]);
        var shortLived = await RunAsync(partner, "createEstimate", "CreateEstimateInput", new { customerId = customer, productId, quantity = 1, validUntil = DateTimeOffset.UtcNow.AddSeconds(1).ToString("O") }, EstimateFields);
        var declined = await RunAsync(partner, "createEstimate", "CreateEstimateInput", new { customerId = customer, productId, quantity = 1 }, EstimateFields);
        var declinedId = declined.GetProperty("estimate").GetProperty("id").GetString();
        var decline = await RunAsync(partner, "declineEstimate", "DeclineEstimateInput", new { id = declinedId, reason = "Will repair it ourselves." }, "estimate { status declineReason }");
        NoErrors(decline);
        Assert.Equal("DECLINED", decline.GetProperty("estimate").GetProperty("status").GetString());
        var ordersBefore = await server.InDatabaseAsync(db => db.ServiceOrders.CountAsync());
        await Task.Delay(TimeSpan.FromSeconds(1.2));

        Assert.Equal("EstimateExpiredError", ErrorType(await RunAsync(partner, "approveEstimate", "ApproveEstimateInput", new { id = shortLived.GetProperty("estimate").GetProperty("id").GetString() }, "estimate { id }")));
        Assert.Equal("EstimateDeclinedError", ErrorType(await RunAsync(partner, "approveEstimate", "ApproveEstimateInput", new { id = declinedId }, "estimate { id }")));
        using var south = await server.PartnerClientAsync("partner-south");
        Assert.Equal("NotFoundError", ErrorType(await RunAsync(south, "approveEstimate", "ApproveEstimateInput", new { id = declinedId }, "estimate { id }")));
        Assert.Equal("NotFoundError", ErrorType(await RunAsync(south, "createEstimate", "CreateEstimateInput", new { customerId = customer, productId, quantity = 1 }, "estimate { id }")));
        Assert.Equal(ordersBefore, await server.InDatabaseAsync(db => db.ServiceOrders.CountAsync()));
    }

    private async Task<(string Product, string List)> PricedProductAsync(decimal amount)
    {
        var listId = await DefaultListIdAsync(server.Client);
        var productId = await CreateProductAsync(server.Client);
        NoErrors(await ChangePriceAsync(server.Client, productId, listId, amount, from: null));
        return (productId, listId);
    }

    private async Task<string> TechnicianIdAsync()
    {
        var id = await server.InDatabaseAsync(db => db.StaffMembers.Where(s => s.Role == StaffRole.Technician && s.Active).Select(s => s.Id).FirstAsync());
        return Customers.CustomerQueryTests.IdOf("StaffMember", id);
    }
}
