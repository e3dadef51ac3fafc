using CrmGraph.Data.Access;
using CrmGraph.Data.Providers;

namespace CrmGraph.Server.Verbs;

internal static class VerbDatabase
{
    /// <summary>A scope seeing everything, on a database brought up to date when the server looks after its own.</summary>
    public static async Task<AsyncServiceScope> OpenAsync(WebApplication app)
    {
        var scope = app.Services.CreateServerWorkScope();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        if (options.MigrateOnStartup)
        {
            await DatabaseInitializer.MigrateAsync(scope.ServiceProvider.GetRequiredService<CrmDbContext>(), options, CancellationToken.None).ConfigureAwait(false);
        }

        return scope;
    }

    /// <summary>Writes each error of a refused verb on its own line.</summary>
    public static async Task<int> RefusedAsync(TextWriter errors, IEnumerable<CrmGraph.Domain.Common.DomainError> refusals)
    {
        foreach (var refusal in refusals)
        {
            await errors.WriteLineAsync(refusal.Field is null ? refusal.Message : $"{refusal.Field}: {refusal.Message}").ConfigureAwait(false);
        }

        return 1;
    }
}
