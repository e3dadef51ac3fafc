using CrmGraph.Data.Access;
using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.History;
using CrmGraph.Domain.Satisfaction;
using CrmGraph.Application.Churn;
using CrmGraph.Server.Tests.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Server.Tests.Churn;

/// <summary>
/// The health score of a customer with a history laid down through the API; what the API cannot date in the past
/// (orders, a complaint handled late, surveys) is back-dated or added in the database.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class CustomerHealthTests(CrmServerFixture server)
{
    private const string Health = """
        query($id: ID!) { customer(id: $id) { riskScore riskScoredAt health { score asOf factors { name weight value contribution explanation } } } }
        """;

    [Fact]
    public async Task A_known_history_scores_to_the_hundredth_and_the_stored_score_follows_a_refresh()
    {
        var now = DateTimeOffset.UtcNow;
        var id = await ChurnApi.CreateCustomerAsync(server.Client, "Northgate Print GmbH");
        var key = ComplaintApi.KeyOf(id);

        // Three equal orders: one now, two moved back into the previous 90-day window.
        var orders = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            orders.Add(ComplaintApi.KeyOf(await ChurnApi.OrderAsync(server.Client, id, "SUPP-MONTH")));
        }

        await server.InDatabaseAsync(async db =>
        {
            await db.ServiceOrders.Where(o => o.Id == orders[0]).ExecuteUpdateAsync(set => set.SetProperty(o => o.OrderedAt, now.AddDays(-100)));
            return await db.ServiceOrders.Where(o => o.Id == orders[1]).ExecuteUpdateAsync(set => set.SetProperty(o => o.OrderedAt, now.AddDays(-150)));
        });

        var interaction = await server.Client.DataAsync(
            "mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { " + ChurnApi.Errors + " } }",
            new { input = new { customerId = id, channel = "EMAIL", kind = "FOLLOW_UP", occurredAt = now.AddDays(-50).AddHours(-1) } });
        Assert.Equal(0, interaction.GetProperty("recordInteraction").GetProperty("errors").GetArrayLength());
        await ComplaintApi.FiledAsync(server.Client, id);
        await server.InDatabaseAsync(async db =>
        {
            db.Complaints.Add(ResolvedLate(key, now));
            db.Surveys.Add(Survey(key, orders[0], SurveyScale.FiveLevel, 5, now.AddDays(-120)));
            db.Surveys.Add(Survey(key, orders[2], SurveyScale.SevenLevel, 6, now.AddDays(-5)));
            return await db.SaveChangesAsync();
        });

        var customer = (await server.Client.DataAsync(Health, new { id })).GetProperty("customer");
        var health = customer.GetProperty("health");

        // Interaction 50 days ago: (50 − 30) / 90. One open complaint of 3; one breached of 2. Satisfaction 83.33 after
        // 100: a fall of 16.67 of 30. Orders 2 → 1 and revenue halved: 0.5. Last order today: nothing.
        Assert.Equal(
            [
                ("DAYS_SINCE_LAST_ORDER", 25m, 0m, 0m),
                ("DAYS_SINCE_LAST_INTERACTION", 15m, 0.2222m, 3.33m),
                ("OPEN_COMPLAINTS", 20m, 0.3333m, 6.67m),
                ("BREACHED_COMPLAINTS", 15m, 0.5m, 7.50m),
                ("SATISFACTION_TREND", 15m, 0.5556m, 8.33m),
                ("ORDER_DROP", 10m, 0.5m, 5.00m),
            ],
            health.GetProperty("factors").EnumerateArray().Select(f => (
                f.GetProperty("name").GetString(),
                f.GetProperty("weight").GetDecimal(),
                f.GetProperty("value").GetDecimal(),
                f.GetProperty("contribution").GetDecimal())));
        Assert.Equal(30.83m, health.GetProperty("score").GetDecimal());
        Assert.StartsWith("Last interaction 50 days ago", health.GetProperty("factors")[1].GetProperty("explanation").GetString(), StringComparison.Ordinal);

        // The stored score saw only the writes made through the API; a refresh catches up with the rest.
        Assert.NotEqual(30.83m, customer.GetProperty("riskScore").GetDecimal());
        await using (var scope = server.Services.CreateServerWorkScope())
        {
            await scope.ServiceProvider.GetRequiredService<CustomerRiskScores>().RefreshAsync(key, CancellationToken.None);
        }

        var refreshed = (await server.Client.DataAsync(Health, new { id })).GetProperty("customer");
        Assert.Equal(30.83m, refreshed.GetProperty("riskScore").GetDecimal());
        Assert.True(refreshed.GetProperty("riskScoredAt").GetDateTimeOffset() >= now);
    }

    [Fact]
    public async Task A_brand_new_customer_is_healthy_and_its_factors_say_why()
    {
        var id = await ChurnApi.CreateCustomerAsync(server.Client, "Keystone Labs BV");

        var health = (await server.Client.DataAsync(Health, new { id })).GetProperty("customer").GetProperty("health");

        Assert.Equal(0m, health.GetProperty("score").GetDecimal());
        var explanations = health.GetProperty("factors").EnumerateArray().Select(f => f.GetProperty("explanation").GetString()).ToList();
        Assert.StartsWith("No order yet, 0 days after joining", explanations[0], StringComparison.Ordinal);
        Assert.Equal("No survey answers in the last 90 days.", explanations[4]);
    }

    [Fact]
    public async Task The_health_of_a_page_costs_the_same_statements_for_ten_customers_as_for_fifty()
    {
        const string Page = "query($first: Int!) { atRiskCustomers(first: $first) { edges { node { id health { score factors { name contribution } } } } } }";
        async Task<int> StatementsAsync(int first) => (await server.DataWithSqlStatementsAsync(Page, new { first })).SqlStatements;

        var ten = await StatementsAsync(10);
        var fifty = await StatementsAsync(50);

        // The page itself, then five grouped statements for every customer's health together.
        Assert.Equal(ten, fifty);
        Assert.InRange(fifty, 6, 7);
    }

    /// <summary>A complaint received ten days ago, answered in time and resolved two days ago, long after its 72 hours.</summary>
    private static Complaint ResolvedLate(int customerId, DateTimeOffset now)
    {
        var received = now.AddDays(-10);
        var complaint = Complaint.File(
            "CMP-HEALTH-" + Guid.NewGuid().ToString("N")[..8], customerId, null, null, ContactChannel.Phone, ComplaintCategory.Service, ComplaintSeverity.Medium,
            "The repair took three visits.", SlaPolicy.Default.TargetsFor(ComplaintSeverity.Medium, null, LoyaltyTier.Standard), received, null).Value;
        Assert.Null(complaint.Acknowledge(null, received.AddHours(1)));
        Assert.Null(complaint.StartWork(null, received.AddHours(2)));
        Assert.Null(complaint.Resolve("Replaced the unit.", ComplaintRootCause.ServiceProcess, null, null, now.AddDays(-2)));
        Assert.True(complaint.ResolutionBreached);
        return complaint;
    }

    private static SatisfactionSurvey Survey(int customerId, int orderId, SurveyScale scale, int score, DateTimeOffset at) =>
        SatisfactionSurvey.Submit(customerId, new SurveySubject(SurveySubjectKind.ServiceOrder, orderId, customerId, null), null, FeedbackChannel.Questionnaire, scale, score, [], null, null, at, at).Value;
}
