using System.Text.Json.Nodes;
using CrmGraph.Data.Access;
using CrmGraph.Data;
using CrmGraph.Data.Accounts;
using CrmGraph.Domain.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>
/// Starts the real server (Kestrel on a loopback port) in Development, on a fresh SQLite file with the demo
/// data and demo identities, once for all tests of the collection. Its <see cref="Client"/> carries an
/// administrator's access token obtained through the real sign-in flow.
/// </summary>
public class CrmServerFixture : IAsyncLifetime
{
    private readonly RunningServer _server = new();
    private readonly CapturedLogs _operationLog = new("CrmGraph.GraphQL.Diagnostics.OperationLog");

    public const string AdminEmail = "admin@crmgraph.example";
    public const string ManagerEmail = "manager.hotline@crmgraph.example";
    public const string AgentEmail = "agent1.hotline@crmgraph.example";
    public const string StaffPassword = "crmgraph-demo-password";

    /// <summary>The access token lifetime the fixture configures, so tests can check tokens against it.</summary>
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromHours(1);

    /// <summary>
    /// How long the API trusts its last look at a token's standing. Long for the shared server, so that no look at the
    /// database falls inside a test that counts SQL statements; revocation tests run a server of their own with a short one.
    /// </summary>
    public virtual TimeSpan RevocationCheckInterval => TimeSpan.FromMinutes(10);

    /// <summary>A GraphQL client signed in as the demo administrator, with every scope.</summary>
    public GraphQLClient Client { get; private set; } = null!;

    public OAuthClient OAuth { get; private set; } = null!;

    /// <summary>The folder holding the database and the Development keys.</summary>
    public string DataFolder => _server.DataFolder;

    public Uri BaseAddress => _server.BaseAddress;

    public string DatabaseFile => Path.Combine(DataFolder, "crmgraph.db");

    public IServiceProvider Services => _server.Services;

    /// <summary>
    /// Runs <paramref name="query"/> as the administrator and answers its data with the SQL statements that operation
    /// alone sent, as its operation log line counts them, so background work at the same moment is not counted.
    /// </summary>
    public async Task<(JsonElement Data, int SqlStatements)> DataWithSqlStatementsAsync(string query, object? variables = null)
    {
        var seen = _operationLog.Entries.Count;
        var data = await Client.DataAsync(query, variables);
        var line = Assert.Single(_operationLog.Entries.Skip(seen), entry => entry.EventId.Name == "GraphQLOperation");
        return (data, (int)line.Properties["SqlStatements"]!);
    }

    public async Task InitializeAsync()
    {
        await _server.StartAsync(
            "Development",
            builder => builder.Logging.AddProvider(_operationLog),
            "--Auth:AccessTokenLifetime", AccessTokenLifetime.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            "--Auth:RevocationCheckInterval", RevocationCheckInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        OAuth = new OAuthClient(BaseAddress);
        var admin = await OAuth.SignInStaffAsync(AdminEmail, StaffPassword);
        Client = ClientWithToken(admin.AccessToken);
    }

    /// <summary>A GraphQL client that sends <paramref name="accessToken"/> (or none) as its bearer token.</summary>
    public GraphQLClient ClientWithToken(string? accessToken) => GraphQLClient.For(BaseAddress, accessToken);

    /// <summary>A GraphQL client for a demo partner portal, with the scopes it asks for.</summary>
    public async Task<GraphQLClient> PartnerClientAsync(string clientId, string scope = "crm.read crm.write complaints.subscribe")
    {
        var token = await OAuth.ClientCredentialsAsync(clientId, clientId + "-secret", scope);
        Assert.True(token.Error is null, $"Token request failed: {token.Body}");
        return ClientWithToken(token.AccessToken);
    }

    /// <summary>A GraphQL client for a demo staff member signed in through the real flow, with the scopes asked for.</summary>
    public async Task<GraphQLClient> StaffClientAsync(string email, string scope = OAuthClient.AllStaffScopes)
    {
        var token = await OAuth.SignInStaffAsync(email, StaffPassword, scope);
        Assert.True(token.Error is null, $"Token request failed: {token.Body}");
        return ClientWithToken(token.AccessToken);
    }

    /// <summary>
    /// Gives an active staff member with <paramref name="role"/> who has no sign-in account yet an account of
    /// their own with <paramref name="password"/> and returns its email: for roles the demo accounts lack, and
    /// for tests that change an account's state (lockout) without touching the accounts other tests sign in with.
    /// </summary>
    public async Task<string> CreateStaffAccountAsync(string password, StaffRole role = StaffRole.Agent)
    {
        var staff = await InDatabaseAsync(db => db.StaffMembers.AsNoTracking()
            .Where(s => s.Active && s.Role == role && !db.Users.Any(a => a.StaffMemberId == s.Id))
            .OrderByDescending(s => s.Id)
            .FirstAsync());
        await CreateAccountAsync(staff, password);
        return staff.Email;
    }

    /// <summary>Gives <paramref name="staff"/> a sign-in account, under their email, with <paramref name="password"/>.</summary>
    public async Task CreateAccountAsync(StaffMember staff, string password)
    {
        ArgumentNullException.ThrowIfNull(staff);
        await using var scope = Services.CreateServerWorkScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var created = await accounts.CreateAsync(new StaffAccount { StaffMemberId = staff.Id, UserName = staff.Email, Email = staff.Email, EmailConfirmed = true }, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        await _server.DisposeAsync();
    }

    /// <summary>
    /// A real partner-north access token, made current again, changed by <paramref name="change"/> (header, payload),
    /// and re-signed with the server's own Development signing key: a token only the checks after the signature can refuse.
    /// </summary>
    public async Task<string> ForgeTokenAsync(Action<JsonObject, JsonObject> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var real = (await OAuth.ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read")).AccessToken;
        var header = Jwt.Part(real, 0);
        var payload = Jwt.Part(real, 1);
        var now = DateTimeOffset.UtcNow;
        payload["iat"] = now.ToUnixTimeSeconds();
        payload["exp"] = now.AddMinutes(5).ToUnixTimeSeconds();
        payload["jti"] = Guid.NewGuid().ToString();
        change(header, payload);
        using var key = Jwt.DevelopmentSigningKey(DataFolder);
        return Jwt.Sign(header, payload, key);
    }

    /// <summary>The database key of the seeded partner with <paramref name="code"/> (NORTH, SOUTH, EAST).</summary>
    public Task<int> PartnerIdAsync(string code) =>
        InDatabaseAsync(db => db.Partners.Where(p => p.Code == code).Select(p => p.Id).SingleAsync());

    /// <summary>
    /// Waits until every committed domain event has been handled: the follow-on work of a mutation (last activity,
    /// risk score, notices) runs after its response, off the request path.
    /// </summary>
    public async Task FollowOnWorkDoneAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (await InDatabaseAsync(db => db.OutboxMessages.AnyAsync(m => m.HandledAt == null)))
        {
            Assert.True(DateTime.UtcNow < deadline, "Committed events were still unhandled after 15 s.");
            await Task.Delay(25);
        }
    }

    /// <summary>Runs <paramref name="work"/> against the server's database directly, to check what was written.</summary>
    public async Task<T> InDatabaseAsync<T>(Func<CrmDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateServerWorkScope();
        return await work(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }
}
