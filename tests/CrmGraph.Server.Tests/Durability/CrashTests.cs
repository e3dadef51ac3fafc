using System.Collections.Concurrent;
using CrmGraph.Data;
using CrmGraph.Data.Access;
using CrmGraph.Domain.Complaints;
using CrmGraph.GraphQL.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Server.Tests.Durability;

/// <summary>
/// Nothing acknowledged is lost on a crash: the server process is killed (SIGKILL) in the middle of a burst of
/// concurrent writes, started again on the same database, and every write it answered with success is there, whole,
/// and no write is there half (an order without its lines, a complaint without its first event).
/// </summary>
public sealed class CrashTests
{
    private const int Writers = 8;
    /// <summary>The writes acknowledged before the kill: enough that the burst is in full swing.</summary>
    private const int AcknowledgedBeforeKill = 40;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private const string PlaceOrder = """
        mutation($customerId: ID!, $productId: ID!) {
          placeServiceOrder(input: { customerId: $customerId, productId: $productId, quantity: 2 }) {
            order { id lines { quantity } }
            errors { code }
          }
        }
        """;

    private const string FileComplaint = """
        mutation($customerId: ID!, $productId: ID) {
          fileComplaint(input: { customerId: $customerId, productId: $productId, category: SERVICE, severity: HIGH, channel: PHONE,
                                 description: "Filed during the crash test." }) {
            complaint { id events { kind } }
            errors { code }
          }
        }
        """;

    [Fact]
    public async Task Every_write_acknowledged_before_a_kill_is_there_whole_after_a_restart_and_none_is_half_written()
    {
        var dataFolder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "crmgraph-crash-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var acknowledged = await WriteUntilKilledAsync(dataFolder);
            Assert.True(acknowledged.Orders.Count + acknowledged.Complaints.Count >= AcknowledgedBeforeKill);
            Assert.NotEmpty(acknowledged.Orders);
            Assert.NotEmpty(acknowledged.Complaints);

            await using var restarted = new RunningServer(dataFolder);
            await restarted.StartAsync("Development");
            await using var scope = restarted.Services.CreateServerWorkScope();
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();

            var orderKeys = acknowledged.Orders.Keys.Select(id => KeyOf(id)).ToList();
            var savedLines = await db.ServiceOrders.Where(o => orderKeys.Contains(o.Id)).Select(o => new { o.Id, Lines = o.Lines.Count }).ToDictionaryAsync(o => o.Id, o => o.Lines);
            foreach (var (id, lines) in acknowledged.Orders)
            {
                Assert.True(savedLines.TryGetValue(KeyOf(id), out var saved), $"Order {id} was acknowledged but is gone.");
                Assert.Equal(lines, saved);
            }

            var complaintKeys = acknowledged.Complaints.Select(id => KeyOf(id)).ToList();
            Assert.Equal(complaintKeys.Count, await db.Complaints.CountAsync(c => complaintKeys.Contains(c.Id)));

            Assert.Equal(0, await db.ServiceOrders.CountAsync(o => !o.Lines.Any()));
            Assert.Equal(0, await db.Complaints.CountAsync(c => !c.Events.Any(e => e.Kind == ComplaintEventKind.Filed)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static int KeyOf(string id) => GlobalId.TryParse(id, out var globalId) ? globalId.Key : throw new InvalidOperationException($"'{id}' is no global id.");

    /// <summary>Runs concurrent writers against a server process, kills it mid-burst, and returns what it acknowledged.</summary>
    private static async Task<(ConcurrentDictionary<string, int> Orders, ConcurrentBag<string> Complaints)> WriteUntilKilledAsync(string dataFolder)
    {
        using var server = await ServerProcess.StartAsync("Development", dataFolder, "--RateLimiting:PermitsPerMinute", "0", "--Logging:LogLevel:Default", "Warning");
        var token = await new OAuthClient(server.BaseAddress).SignInStaffAsync(CrmServerFixture.AdminEmail, CrmServerFixture.StaffPassword, "openid crm.read crm.write");
        using var reader = GraphQLClient.For(server.BaseAddress, token.AccessToken);
        var customers = (await reader.DataAsync("{ customers(first: 100) { items { id } } }")).GetProperty("customers").GetProperty("items")
            .EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();
        var products = (await reader.DataAsync("{ serviceProducts(first: 100) { items { id active } } }")).GetProperty("serviceProducts").GetProperty("items")
            .EnumerateArray().Where(p => p.GetProperty("active").GetBoolean()).Select(p => p.GetProperty("id").GetString()!).ToList();

        var orders = new ConcurrentDictionary<string, int>();
        var complaints = new ConcurrentBag<string>();
        var acknowledged = 0;
        var burstUnderWay = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Acknowledged()
        {
            if (Interlocked.Increment(ref acknowledged) == AcknowledgedBeforeKill)
            {
                burstUnderWay.TrySetResult();
            }
        }

        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            using var client = GraphQLClient.For(server.BaseAddress, token.AccessToken);
            var random = new Random(writer);
            while (!stop.IsCancellationRequested)
            {
                var variables = new { customerId = customers[random.Next(customers.Count)], productId = products[random.Next(products.Count)] };
                try
                {
                    if (random.Next(2) == 0)
                    {
                        var order = (await client.DataAsync(PlaceOrder, variables)).GetProperty("placeServiceOrder").GetProperty("order");
                        if (order.ValueKind == JsonValueKind.Object)
                        {
                            orders[order.GetProperty("id").GetString()!] = order.GetProperty("lines").GetArrayLength();
                            Acknowledged();
                        }
                    }
                    else
                    {
                        var complaint = (await client.DataAsync(FileComplaint, variables)).GetProperty("fileComplaint").GetProperty("complaint");
                        if (complaint.ValueKind == JsonValueKind.Object)
                        {
                            complaints.Add(complaint.GetProperty("id").GetString()!);
                            Acknowledged();
                        }
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException or JsonException)
                {
                    // The server died under this request: it was never acknowledged.
                    return;
                }
            }
        })).ToList();

        await burstUnderWay.Task.WaitAsync(Patience);
        await server.KillAsync();
        await stop.CancelAsync();
        await Task.WhenAll(writers);
        return (orders, complaints);
    }
}
