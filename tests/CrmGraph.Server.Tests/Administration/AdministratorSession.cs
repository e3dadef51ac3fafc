namespace CrmGraph.Server.Tests.Administration;

/// <summary>Tests that administer through the API as the demo administrator, signed in with crm.admin for the class.</summary>
public abstract class AdministratorSession(CrmServerFixture server) : IAsyncLifetime
{
    protected CrmServerFixture Server { get; } = server;

    protected GraphQLClient Admin { get; private set; } = null!;

    public async Task InitializeAsync() => Admin = await AdminSession.SignInAsync(Server);

    public Task DisposeAsync()
    {
        Admin.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Sends an administrative mutation with <paramref name="input"/> and returns its payload.</summary>
    protected async Task<JsonElement> MutateAsync(string document, string field, object input) =>
        (await Admin.DataAsync(document, new { input })).GetProperty(field);
}
