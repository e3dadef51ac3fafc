using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CrmGraph.GraphQL.Tests.Endpoint;

/// <summary>A host environment that is only a name, for settings that depend on it.</summary>
public sealed class NamedEnvironment(string name) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = name;

    public string ApplicationName { get; set; } = "CrmGraph.Tests";

    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
