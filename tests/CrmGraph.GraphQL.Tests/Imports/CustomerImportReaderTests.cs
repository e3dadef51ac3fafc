using CrmGraph.GraphQL.Imports;

namespace CrmGraph.GraphQL.Tests.Imports;

public sealed class CustomerImportReaderTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_rows_are_numbered_by_the_line_they_start_on()
    {
        var rows = Read(CustomerImportFormat.Csv, "ExternalRef,NAME,city\r\nA-1,\"Smith, \"\"Jr\"\"\",Berlin\nA-2,\"Two\nLines\",\nA-3,Three,Paris\n");

        Assert.Equal([2, 3, 5], rows.Select(r => r.Row));
        Assert.Equal("Smith, \"Jr\"", rows[0][CustomerImportColumns.Name]);
        Assert.Equal("Two\nLines", rows[1][CustomerImportColumns.Name]);
        Assert.Null(rows[1][CustomerImportColumns.City]);
        Assert.All(rows, r => Assert.Null(r.Unreadable));
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_or_an_unclosed_quote_is_unreadable_on_its_own()
    {
        var rows = Read(CustomerImportFormat.Csv, "externalRef,name\nA-1,One,extra\nA-2,Two\nA-3,\"never closed");

        Assert.Contains("3 fields", rows[0].Unreadable, StringComparison.Ordinal);
        Assert.Null(rows[1].Unreadable);
        Assert.Contains("not closed", rows[2].Unreadable, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_refuses_the_whole_file()
    {
        var outcome = CustomerImportReader.Read(new StringReader("externalRef,name,emial\nA-1,One,x\n"), CustomerImportFormat.Csv);

        var error = Assert.Single(outcome.Errors);
        Assert.Contains("'emial'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_read_each_object_and_mark_lines_that_are_not_one()
    {
        var rows = Read(CustomerImportFormat.JsonLines, "{\"externalRef\": \"J-1\", \"Name\": \"One\", \"phone\": 123}\n\n[1]\n{\"colour\": \"red\"}\n{broken\n");

        Assert.Equal([1, 3, 4, 5], rows.Select(r => r.Row));
        Assert.Equal(("J-1", "One", "123"), (rows[0][CustomerImportColumns.ExternalRef], rows[0][CustomerImportColumns.Name], rows[0][CustomerImportColumns.Phone]));
        Assert.Contains("not a JSON object", rows[1].Unreadable, StringComparison.Ordinal);
        Assert.Contains("'colour'", rows[2].Unreadable, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", rows[3].Unreadable, StringComparison.Ordinal);
    }

    private static IReadOnlyList<CustomerImportRow> Read(CustomerImportFormat format, string text)
    {
        var outcome = CustomerImportReader.Read(new StringReader(text), format);
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.Select(e => e.Message)));
        return outcome.Value;
    }
}
