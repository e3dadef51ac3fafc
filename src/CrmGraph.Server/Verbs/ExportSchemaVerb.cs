using CrmGraph.GraphQL.Schema;

namespace CrmGraph.Server.Verbs;

/// <summary>
/// <c>export-schema [file]</c>: writes the running schema's SDL, by default to schema/schema.graphql of the
/// repository the command runs in (found by its CrmGraph.sln, since <c>dotnet run</c> starts in the project folder).
/// </summary>
internal static class ExportSchemaVerb
{
    public static async Task<int> RunAsync(string[] args)
    {
        var target = args.FirstOrDefault(a => !a.StartsWith('-')) ?? Path.Combine(RepositoryRoot(), "schema", "schema.graphql");
        await using var app = ServerVerbs.BuildForVerb([]);
        var sdl = SchemaExport.Print(app.Services);
        await File.WriteAllTextAsync(target, sdl).ConfigureAwait(false);
        Console.WriteLine($"Wrote the schema to {Path.GetFullPath(target)}.");
        return 0;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CrmGraph.sln")))
            {
                return folder.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
