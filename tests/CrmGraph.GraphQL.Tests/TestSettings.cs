using Microsoft.Extensions.Configuration;

namespace CrmGraph.GraphQL.Tests;

/// <summary>Configuration made of the given key/value pairs, as appsettings or the command line would give it.</summary>
internal static class TestSettings
{
    public static IConfiguration Of(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
}
