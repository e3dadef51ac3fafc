using CrmGraph.Server.Verbs;

namespace CrmGraph.Server.Tests.Administration;

/// <summary>A command-line verb run in-process, as an operator would run it, with what it printed.</summary>
public sealed record VerbRun(int? ExitCode, string Output, string Errors)
{
    public static async Task<VerbRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await ServerVerbs.TryRunAsync(args, output, errors);
        return new VerbRun(exitCode, output.ToString(), errors.ToString());
    }
}
