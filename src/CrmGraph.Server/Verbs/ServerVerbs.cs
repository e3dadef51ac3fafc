using CrmGraph.Server.Hosting;

namespace CrmGraph.Server.Verbs;

/// <summary>Command-line verbs: one-off jobs that use the server's configuration but serve nothing.</summary>
public static class ServerVerbs
{
    public const string ExportSchema = "export-schema";
    public const string Seed = "seed";
    public const string Admin = "admin";
    public const string Import = "import";

    /// <summary>Runs the verb named by the first argument; null when there is none, so the server starts.</summary>
    public static Task<int?> TryRunAsync(string[] args) => TryRunAsync(args, Console.Out, Console.Error);

    /// <summary>Runs the verb named by the first argument, writing what it has to say to <paramref name="output"/> and <paramref name="errors"/>.</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output, TextWriter errors)
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
            case Admin:
                return await AdminVerb.RunAsync(rest, output, errors).ConfigureAwait(false);
            case Import:
                return await ImportVerb.RunAsync(rest, output, errors).ConfigureAwait(false);
            default:
                await errors.WriteLineAsync(
                    $"Unknown verb '{args[0]}'. Verbs: {ExportSchema} [file], {Seed} [--large [customers]] [--replace], {AdminVerb.Usage}, {ImportVerb.Usage}.").ConfigureAwait(false);
                return 2;
        }
    }

    /// <summary>Builds the application for a verb: the server's services and configuration, not started.</summary>
    internal static WebApplication BuildForVerb(string[] args) => CrmServer.Build(args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) || a.Contains('=', StringComparison.Ordinal)).ToArray());
}
