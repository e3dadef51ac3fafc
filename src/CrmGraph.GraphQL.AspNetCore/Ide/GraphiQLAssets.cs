using System.Reflection;

namespace CrmGraph.GraphQL.AspNetCore.Ide;

/// <summary>
/// The IDE's files, embedded in this assembly (see <c>Ide/Assets/refresh.sh</c> for where the vendored ones come from),
/// read once and kept in memory.
/// </summary>
internal static class GraphiQLAssets
{
    private const string Prefix = "Ide/";

    private static readonly Dictionary<string, (byte[] Content, string ContentType)> Files = Load();

    public static bool TryGet(string name, out byte[] content, out string contentType)
    {
        var found = Files.TryGetValue(name, out var file);
        (content, contentType) = found ? file : ([], string.Empty);
        return found;
    }

    private static Dictionary<string, (byte[], string)> Load()
    {
        var assembly = typeof(GraphiQLAssets).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(name => name[Prefix.Length..], name => (Read(assembly, name), ContentTypeOf(name)), StringComparer.Ordinal);
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };
}
