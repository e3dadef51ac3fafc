using CrmGraph.GraphQL.Schema;

namespace CrmGraph.Server.Verbs;

/// <summary><c>export-schema [file]</c>: writes the running schema's SDL (to schema/schema.graphql by default).</summary>
internal static class ExportSchemaVerb
{
    public static async Task<int> RunAsync(string[] args)
    {
        var target = args.FirstOrDefault(a => !a.StartsWith('-')) ?? Path.Combine("schema", "schema.graphql");
        await using var app = ServerVerbs.BuildForVerb([]);
        var sdl = SchemaExport.Print(app.Services);
        await File.WriteAllTextAsync(target, sdl).ConfigureAwait(false);
        Console.WriteLine($"Wrote the schema to {Path.GetFullPath(target)}.");
        return 0;
    }
}
