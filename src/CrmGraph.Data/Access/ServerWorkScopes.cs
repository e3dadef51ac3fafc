using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Data.Access;

public static class ServerWorkScopes
{
    /// <summary>
    /// A service scope for the server's own work (start-up, command-line verbs, background jobs), whose
    /// unit of work sees every customer.
    /// </summary>
    public static AsyncServiceScope CreateServerWorkScope(this IServiceProvider services)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<DataAccessScope>().AllowEverything();
        return scope;
    }
}
