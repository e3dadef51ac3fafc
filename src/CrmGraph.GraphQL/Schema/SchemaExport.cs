using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.GraphQL.Schema;

/// <summary>Prints the running schema as SDL: what <c>schema/schema.graphql</c> holds.</summary>
public static class SchemaExport
{
    public static string Print(IServiceProvider services)
    {
        var schema = services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n") + "\n";
    }
}
