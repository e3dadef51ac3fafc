using CrmGraph.Server.Hosting;

namespace CrmGraph.Server.Verbs;

/// <summary>Command-line verbs: one-off jobs that use the server's configuration but serve nothing.</summary>
public static class ServerVerbs
{
    public const string ExportSchema = "export-schema";
    public const string Seed = "seed";

    /// <summary>Runs the verb named by the first argument; null when there is none, so the server starts.</summary>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }

        var rest = args[1..];
        switch (args[0])
        {
            case ExportSchema:
                return await ExportSchemaVerb.RunAsync(rest).ConfigureAwait(false);
            case Seed:
                return await SeedVerb.RunAsync(rest).ConfigureAwait(false);
            default:
                await Console.Error.WriteLineAsync($"Unknown verb '{args[0]}'. Verbs: {ExportSchema} [file], {Seed} [--large] [--replace].").ConfigureAwait(false);
                return 2;
        }
    }

    /// <summary>Builds the application for a verb: the server's services and configuration, not started.</summary>
    internal static WebApplication BuildForVerb(string[] args) => CrmServer.Build(args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) || a.Contains('=', StringComparison.Ordinal)).ToArray());
}
