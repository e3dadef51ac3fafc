namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>
/// Two instances of the server in Development on one database and one set of keys, as a scaled-out deployment runs
/// them behind one address (hence one configured issuer, so that a token either issues is good on both). Started
/// once for the tests of one class; the second instance is stopped first, the first one then removes the folder.
/// </summary>
public abstract class ServerPair : IAsyncLifetime
{
    private const string Issuer = "http://crmgraph.test/";

    protected ServerPair() => Second = new RunningServer(First.DataFolder);

    public RunningServer First { get; } = new();

    public RunningServer Second { get; }

    public async Task InitializeAsync()
    {
        string[] settings = ["--Auth:Issuer", Issuer, .. await EventBusSettingsAsync()];
        await First.StartAsync("Development", settings);
        await Second.StartAsync("Development", settings);
    }

    public virtual async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
    }

    /// <summary>A demo partner portal's access token, with every scope it may ask for, issued by the first instance.</summary>
    public async Task<string> PartnerTokenAsync(string clientId)
    {
        var token = await new OAuthClient(First.BaseAddress).ClientCredentialsAsync(clientId, clientId + "-secret", "crm.read crm.write complaints.subscribe");
        Assert.True(token.Error is null, $"Token request failed: {token.Body}");
        return token.AccessToken;
    }

    /// <summary>The command-line settings of the event bus both instances use; anything they need is started here.</summary>
    protected abstract Task<string[]> EventBusSettingsAsync();
}
