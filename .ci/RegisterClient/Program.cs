using CrmGraph.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

// Registers a confidential client-credentials client allowed crm.read in the database of a server's data folder,
// through OpenIddict's own store, the way an operator registers a client: the container check's token and query need
// one, and outside Development the server creates none.
// The database is the default one, the SQLite file in the data folder, as the check runs the server.
// Usage: RegisterClient <data folder> <client id> <client secret>
if (args.Length != 3)
{
    await Console.Error.WriteLineAsync("Usage: RegisterClient <data folder> <client id> <client secret>");
    return 2;
}

var (dataFolder, clientId, secret) = (args[0], args[1], args[2]);
var services = new ServiceCollection();
services.AddLogging();
services.AddCrmData(new ConfigurationBuilder().Build(), dataFolder);
services.AddOpenIddict().AddCore(core => core.UseEntityFrameworkCore().UseDbContext<CrmDbContext>());
await using var provider = services.BuildServiceProvider();
await using var scope = provider.CreateAsyncScope();
var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
await applications.CreateAsync(new OpenIddictApplicationDescriptor
{
    ClientId = clientId,
    ClientSecret = secret,
    ClientType = ClientTypes.Confidential,
    DisplayName = "Container check",
    Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + "crm.read" },
});
Console.WriteLine($"registered {clientId}");
return 0;
