using System.Diagnostics;
using CrmGraph.GraphQL.Imports;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Server.Verbs;

/// <summary>
/// <c>import customers FILE --source SYSTEM [--format csv|jsonl] [--partner CODE]</c>: imports customers, creating new
/// externalRefs and updating known ones; prints what it did and every rejected row. Exits 0 when every row was
/// imported, 1 when some were rejected (the others are committed), 2 on a usage error.
/// </summary>
internal static class ImportVerb
{
    public const string Usage = "import customers FILE --source SYSTEM [--format csv|jsonl] [--partner CODE]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var arguments = VerbArguments.Parse(args, "source", "format", "partner");
        if (arguments.Words is not ["customers", var file] || arguments.Option("source") is not { } source)
        {
            await errors.WriteLineAsync($"Usage: {Usage}").ConfigureAwait(false);
            return 2;
        }

        if (!File.Exists(file))
        {
            await errors.WriteLineAsync($"The file '{file}' does not exist.").ConfigureAwait(false);
            return 2;
        }

        var format = (arguments.Option("format") ?? Path.GetExtension(file).TrimStart('.')).ToUpperInvariant() switch
        {
            "CSV" => CustomerImportFormat.Csv,
            "JSONL" or "NDJSON" or "JSON" => CustomerImportFormat.JsonLines,
            _ => (CustomerImportFormat?)null,
        };
        if (format is null)
        {
            await errors.WriteLineAsync("Give --format csv or --format jsonl (it is not clear from the file name).").ConfigureAwait(false);
            return 2;
        }

        await using var app = ServerVerbs.BuildForVerb([.. arguments.Settings]);
        await using var scope = await VerbDatabase.OpenAsync(app).ConfigureAwait(false);
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        int? partnerId = null;
        if (arguments.Option("partner") is { } partnerCode)
        {
            partnerId = await db.Partners.Where(p => p.Code == partnerCode && p.Active).Select(p => (int?)p.Id).SingleOrDefaultAsync().ConfigureAwait(false);
            if (partnerId is null)
            {
                await errors.WriteLineAsync($"No active partner has the code '{partnerCode}'.").ConfigureAwait(false);
                return 2;
            }
        }

        var started = Stopwatch.GetTimestamp();
        using var reader = new StreamReader(file);
        var rows = CustomerImportReader.Read(reader, format.Value);
        if (!rows.Succeeded)
        {
            return await VerbDatabase.RefusedAsync(errors, rows.Errors).ConfigureAwait(false);
        }

        var command = ActivatorUtilities.CreateInstance<ImportCustomersCommand>(scope.ServiceProvider);
        var report = await command.ExecuteAsync(source, rows.Value, partnerId, CancellationToken.None).ConfigureAwait(false);
        if (!report.Succeeded)
        {
            return await VerbDatabase.RefusedAsync(errors, report.Errors).ConfigureAwait(false);
        }

        var (created, updated, rejections) = report.Value;
        await output.WriteLineAsync(
            $"Imported {rows.Value.Count} rows from {source} in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s: {created} created, {updated} updated, {rejections.Count} rejected.").ConfigureAwait(false);
        foreach (var rejection in rejections)
        {
            await output.WriteLineAsync($"  row {rejection.Row}{(rejection.Field is null ? string.Empty : ", " + rejection.Field)}: {rejection.Message}").ConfigureAwait(false);
        }

        return rejections.Count == 0 ? 0 : 1;
    }
}
