using System.Diagnostics;
using CrmGraph.GraphQL.AspNetCore;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQLParser;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Bench;

/// <summary>
/// Measures what the document limits add to a request, in process and without a server. Each checked-in document
/// (schema/examples and schema/persisted) goes, over the exported schema with no data behind it, through: the
/// executer stopped before parsing (the pipeline alone), the same with the limits (CRM settings) in front, a bare
/// parse, and the whole executer (parse, validation and an execution that finds nothing). The limits' own cost is
/// the second less the first and the parse, which the limits hand on so that it is not done twice. Alternating
/// rounds keep each side's best mean, so that a collection or a noisy neighbour does not decide.
/// </summary>
internal static class LimitsRun
{
    private const int WarmUp = 200;
    private const int Rounds = 10;

    public static async Task RunAsync(BenchSettings settings)
    {
        var schema = Path.Combine(RepositoryRoot(), "schema");

        // Only queries and mutations are measured, and a schema from SDL has no streams for its subscription root.
        var sdl = (await File.ReadAllTextAsync(Path.Combine(schema, "schema.graphql"))).Replace("  subscription: Subscription\n", string.Empty, StringComparison.Ordinal);
        await using var stopped = Services(sdl, limited: false, stop: true);
        await using var limited = Services(sdl, limited: true, stop: true);
        await using var whole = Services(sdl, limited: false, stop: false);
        var parserOptions = new ParserOptions { Ignore = IgnoreOptions.Comments };
        foreach (var file in new[] { "examples", "persisted" }.SelectMany(folder => Directory.GetFiles(Path.Combine(schema, folder), "*.graphql")))
        {
            var text = await File.ReadAllTextAsync(file);
            Func<Task>[] sides =
            [
                () => RunAsync(stopped, text),
                () => RunAsync(limited, text),
                () => Task.FromResult(Parser.Parse(text, parserOptions)),
                () => RunAsync(whole, text),
            ];
            var best = await BestMeansAsync(sides, settings.Requests / Rounds);
            var checks = best[1] - best[0] - best[2];
            Console.WriteLine($"{Path.GetFileName(file),-36} limits {checks,6:F1} µs   parse {best[2],6:F1} µs   parse+validate+execute {best[3],7:F1} µs   limits/whole {checks / best[3],6:P1}");
        }
    }

    private static ServiceProvider Services(string sdl, bool limited, bool stop)
    {
        var services = new ServiceCollection();
        services.AddGraphQL(graphql =>
        {
            graphql.AddSchema(_ => Schema.For(sdl, ResolveNoTypes), global::GraphQL.DI.ServiceLifetime.Singleton);
            if (limited)
            {
                graphql.AddDocumentLimits(limits =>
                {
                    limits.DefaultListSize = 20;
                    limits.MaxPageSize = 100;
                    limits.AllowIntrospection = true;
                });
            }

            if (stop)
            {
                // Registered after the limits, with their order, so it runs after them.
                graphql.ConfigureExecution((_, _) => Task.FromResult(new ExecutionResult()));
            }
        });
        return services.BuildServiceProvider();
    }

    /// <summary>A schema from SDL must say how its interfaces and unions resolve; with no data behind it nothing is ever resolved.</summary>
    private static void ResolveNoTypes(SchemaBuilder builder) => builder.Types.ForAll(type => type.ResolveType = _ => null!);

    private static Task RunAsync(ServiceProvider services, string document) =>
        services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions { Query = document, RequestServices = services });

    private static async Task<double[]> BestMeansAsync(Func<Task>[] sides, int runsPerRound)
    {
        foreach (var side in sides)
        {
            await MeanMicrosecondsAsync(side, WarmUp);
        }

        var best = sides.Select(_ => double.MaxValue).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var side = 0; side < sides.Length; side++)
            {
                best[side] = Math.Min(best[side], await MeanMicrosecondsAsync(sides[side], runsPerRound));
            }
        }

        return best;
    }

    private static async Task<double> MeanMicrosecondsAsync(Func<Task> run, int runs)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            await run();
        }

        return clock.Elapsed.TotalMicroseconds / runs;
    }

    /// <summary>The nearest folder above the tool holding CrmGraph.sln.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CrmGraph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the tool from inside the repository.");
    }
}
