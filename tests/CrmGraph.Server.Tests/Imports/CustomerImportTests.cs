using CrmGraph.Server.Tests.Administration;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Server.Tests.Imports;

/// <summary>Importing customers: idempotent by externalRef per source system, row by row, partners into their own partner only.</summary>
[Collection(ServerCollection.Name)]
public sealed class CustomerImportTests(CrmServerFixture server)
{
    [Fact]
    public async Task Rejected_rows_are_reported_by_row_and_field_and_the_others_committed_and_a_second_run_updates_without_duplicating()
    {
        var source = NewSource();
        var csv = $"""
            externalRef,name,email,segment,partnerCode,accountManagerEmail
            A-1,"Alpha, Inc.",alpha@example.org,PRICE_SENSITIVE,NORTH,{CrmServerFixture.AgentEmail}
            A-2,Bravo,not-an-email,,,
            A-3,,charlie@example.org,,,
            A-4,Delta,,CHEAP,,
            A-1,Alpha Again,,,,
            A-5,Echo,,,NOWHERE,
            A-6,Foxtrot,,,,nobody@crmgraph.example
            A-7,Golf,,standard,SOUTH,
            """;
        using var admin = await AdminSession.SignInAsync(server);

        var first = await ImportAsync(admin, source, "CSV", csv);
        Assert.Equal(2, first.GetProperty("created").GetInt32());
        Assert.Equal(
            [(3, "email"), (4, "name"), (5, "segment"), (6, "externalRef"), (7, "partnerCode"), (8, "accountManagerEmail")],
            first.GetProperty("rejectedRows").EnumerateArray().Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("field").GetString())));
        Assert.Contains("row 2", first.GetProperty("rejectedRows")[3].GetProperty("message").GetString(), StringComparison.Ordinal);
        var alpha = await server.InDatabaseAsync(db => db.Customers.SingleAsync(c => c.SourceSystem == source && c.ExternalRef == "A-1"));
        Assert.Equal(("Alpha, Inc.", "alpha@example.org"), (alpha.Name, alpha.Email));
        Assert.Equal(await server.PartnerIdAsync("NORTH"), alpha.PartnerId);

        var second = await ImportAsync(admin, source, "JSON_LINES", """
            {"externalRef": "A-1", "name": "Alpha Incorporated", "partnerCode": "NORTH"}
            {"externalRef": "A-2", "name": "Bravo"}
            """);
        Assert.Equal((1, 1), (second.GetProperty("created").GetInt32(), second.GetProperty("updated").GetInt32()));
        var names = await server.InDatabaseAsync(db => db.Customers.Where(c => c.SourceSystem == source).OrderBy(c => c.ExternalRef).Select(c => c.Name).ToListAsync());
        Assert.Equal(["Alpha Incorporated", "Bravo", "Golf"], names);
    }

    [Fact]
    public async Task A_file_with_a_column_the_import_does_not_know_is_refused_whole()
    {
        var source = NewSource();
        using var admin = await AdminSession.SignInAsync(server);
        var payload = await ImportAsync(admin, source, "CSV", "externalRef,name,emial\nB-1,Bravo,b@example.org\n");
        Assert.Equal("ValidationError", AdminDocuments.SingleErrorType(payload));
        Assert.Contains("emial", payload.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await server.InDatabaseAsync(db => db.Customers.CountAsync(c => c.SourceSystem == source)));
    }

    [Fact]
    public async Task A_partner_imports_only_into_its_own_partner_and_cannot_touch_another_owner_s_customer()
    {
        var source = NewSource();
        using var admin = await AdminSession.SignInAsync(server);
        await ImportAsync(admin, source, "CSV", "externalRef,name,partnerCode\nS-1,South Customer,SOUTH\n");
        using var north = await server.PartnerClientAsync("partner-north");

        var payload = await ImportAsync(north, source, "CSV", "externalRef,name,partnerCode\nN-1,Own Customer,\nN-2,Claimed For South,SOUTH\nS-1,Hijacked,\n");

        Assert.Equal(1, payload.GetProperty("created").GetInt32());
        Assert.Equal([3, 4], payload.GetProperty("rejectedRows").EnumerateArray().Select(r => r.GetProperty("row").GetInt32()));
        var imported = await server.InDatabaseAsync(db => db.Customers.Where(c => c.SourceSystem == source).OrderBy(c => c.ExternalRef).Select(c => new { c.ExternalRef, c.Name, c.PartnerId }).ToListAsync());
        Assert.Equal(
            [("N-1", "Own Customer", await server.PartnerIdAsync("NORTH")), ("S-1", "South Customer", await server.PartnerIdAsync("SOUTH"))],
            imported.Select(c => (c.ExternalRef, c.Name, c.PartnerId)));
    }

    [Fact]
    public async Task The_import_verb_reads_a_file_and_reports_what_it_did()
    {
        var source = NewSource();
        var file = Path.Combine(server.DataFolder, source + ".jsonl");
        await File.WriteAllTextAsync(file, "{\"externalRef\":\"V-1\",\"name\":\"Verb One\",\"partnerCode\":\"EAST\"}\n{\"externalRef\":\"V-2\"}\nnot json\n");

        var run = await VerbRun.RunAsync("import", "customers", file, "--source", source, "--DataFolder=" + server.DataFolder, "--environment=Development");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 created, 0 updated, 2 rejected", run.Output, StringComparison.Ordinal);
        Assert.Contains("row 2, name: A customer name is required.", run.Output, StringComparison.Ordinal);
        Assert.Contains("row 3: The line is not valid JSON", run.Output, StringComparison.Ordinal);
        Assert.Equal(await server.PartnerIdAsync("EAST"), await server.InDatabaseAsync(db => db.Customers.Where(c => c.SourceSystem == source).Select(c => c.PartnerId).SingleAsync()));
    }

    private static string NewSource() => "legacy-" + Guid.NewGuid().ToString("N")[..8];

    private static async Task<JsonElement> ImportAsync(GraphQLClient client, string source, string format, string content) =>
        (await client.DataAsync(AdminDocuments.ImportCustomers, new { input = new { sourceSystem = source, format, content } })).GetProperty("importCustomers");
}
