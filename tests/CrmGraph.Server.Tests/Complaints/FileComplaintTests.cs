using CrmGraph.Application.Complaints;
using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Customers;
using CrmGraph.GraphQL.Common;
using CrmGraph.GraphQL.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CrmGraph.Server.Tests.Complaints.ComplaintApi;

namespace CrmGraph.Server.Tests.Complaints;

[Collection(ServerCollection.Name)]
public sealed class FileComplaintTests(CrmServerFixture server)
{
    [Fact]
    public async Task A_complaint_is_received_with_the_promised_times_of_its_severity_and_an_event()
    {
        var policy = server.Services.GetRequiredService<SlaPolicy>();
        var customerId = await CustomerIdAsync(server.Client, "STANDARD");

        var complaint = await FiledAsync(server.Client, customerId, "HIGH");

        Assert.Equal("RECEIVED", complaint.GetProperty("status").GetString());
        Assert.StartsWith("CMP-", complaint.GetProperty("number").GetString(), StringComparison.Ordinal);
        AssertPromised(policy.TargetsFor(ComplaintSeverity.High, null, LoyaltyTier.Standard), complaint);
        var filed = Assert.Single(complaint.GetProperty("events").EnumerateArray());
        Assert.Equal("FILED", filed.GetProperty("kind").GetString());
        Assert.Equal("RECEIVED", filed.GetProperty("toStatus").GetString());
        Assert.Equal(JsonValueKind.Object, filed.GetProperty("actor").ValueKind);

        var key = KeyOf(complaint);
        var stored = await server.InDatabaseAsync(db => db.Complaints.Include(c => c.Events).AsNoTracking().SingleAsync(c => c.Id == key));
        Assert.Equal(ComplaintStatus.Received, stored.Status);
        Assert.Equal(ComplaintEventKind.Filed, Assert.Single(stored.Events).Kind);
        await server.FollowOnWorkDoneAsync();
        var customer = await server.InDatabaseAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Id == stored.CustomerId));
        Assert.Equal(stored.ReceivedAt, customer.LastActivityAt);
    }

    [Fact]
    public async Task A_vip_customer_and_a_product_with_stricter_terms_get_stricter_promises()
    {
        var policy = server.Services.GetRequiredService<SlaPolicy>();
        var customerId = await CustomerIdAsync(server.Client, "VIP");
        var products = await server.InDatabaseAsync(db => db.ServiceProducts.AsNoTracking().ToListAsync());
        var product = products.Where(p => p.ResponseTarget > TimeSpan.Zero).MinBy(p => p.ResponseTarget)!;

        var complaint = await FiledAsync(server.Client, customerId, "LOW", GlobalId.Encode("ServiceProduct", product.Id));

        var expected = policy.TargetsFor(ComplaintSeverity.Low, product.Terms, LoyaltyTier.Vip);
        Assert.True(expected.FirstResponse < policy.TargetsFor(ComplaintSeverity.Low, null, LoyaltyTier.Vip).FirstResponse);
        AssertPromised(expected, complaint);
    }

    [Fact]
    public async Task Invalid_input_returns_typed_errors_and_files_nothing()
    {
        var customerId = await CustomerIdAsync(server.Client);
        var customerKey = KeyOf(customerId);
        var othersOrder = await server.InDatabaseAsync(db => db.ServiceOrders.AsNoTracking()
            .Where(o => o.CustomerId != customerKey).Select(o => o.Id).FirstAsync());
        var before = await server.InDatabaseAsync(db => db.Complaints.CountAsync());

        var payload = await FileAsync(server.Client, new
        {
            customerId,
            category = "PRODUCT",
            severity = "LOW",
            channel = "EMAIL",
            description = "   ",
            productId = GlobalId.Encode("ServiceProduct", 99_999),
            orderId = GlobalId.Encode("ServiceOrder", othersOrder),
        });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("complaint").ValueKind);
        var errors = payload.GetProperty("errors").EnumerateArray()
            .Select(e => (Type: e.GetProperty("__typename").GetString(), Field: e.GetProperty("path")[1].GetString())).ToList();
        Assert.Contains(("ValidationError", "description"), errors);
        Assert.Contains(("NotFoundError", "productId"), errors);
        Assert.Contains(("ValidationError", "orderId"), errors);
        Assert.Equal(before, await server.InDatabaseAsync(db => db.Complaints.CountAsync()));
    }

    [Fact]
    public async Task Filing_tells_live_subscribers()
    {
        using var notices = new NoticeRecorder(server.Services);

        var complaint = await FiledAsync(server.Client, await CustomerIdAsync(server.Client), "CRITICAL");

        var notice = Assert.Single(await notices.OfAsync(KeyOf(complaint), count: 1));
        Assert.Equal(ComplaintNoticeKind.Filed, notice.Kind);
        Assert.Equal(ComplaintSeverity.Critical, notice.Severity);
        Assert.Equal(KeyOf(complaint.GetProperty("customer")), notice.CustomerId);
    }

    private static void AssertPromised(SlaTargets expected, JsonElement complaint)
    {
        var receivedAt = complaint.GetProperty("receivedAt").GetDateTimeOffset();
        Assert.Equal(expected.FirstResponse, complaint.GetProperty("firstResponseDueAt").GetDateTimeOffset() - receivedAt);
        Assert.Equal(expected.Resolution, complaint.GetProperty("resolutionDueAt").GetDateTimeOffset() - receivedAt);
    }
}
