using System.Text;
using System.Text.Json;

namespace CrmGraph.GraphQL.Imports;

/// <summary>
/// Reads an import file into rows. A record that cannot be read becomes a row saying so, so that one bad line
/// rejects only itself; columns the import does not know make the whole file refused, so no data is silently dropped.
/// </summary>
public static class CustomerImportReader
{
    /// <summary>The rows of <paramref name="text"/>, or the reason the file as a whole cannot be imported.</summary>
    public static Outcome<IReadOnlyList<CustomerImportRow>> Read(TextReader text, CustomerImportFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        return format == CustomerImportFormat.Csv ? ReadCsv(text) : Outcome<IReadOnlyList<CustomerImportRow>>.Success(ReadJsonLines(text));
    }

    private static Outcome<IReadOnlyList<CustomerImportRow>> ReadCsv(TextReader text)
    {
        var records = CsvRecords(text).GetEnumerator();
        if (!records.MoveNext())
        {
            return FileError("The file is empty: the first line must name the columns.");
        }

        var header = records.Current.Fields;
        var columns = header.Select(CustomerImportColumns.Canonical).ToList();
        var unknown = header.Where((_, i) => columns[i] is null).ToList();
        if (unknown.Count > 0)
        {
            return FileError($"Unknown column(s) {string.Join(", ", unknown.Select(u => $"'{u}'"))}; the columns are {string.Join(", ", CustomerImportColumns.All)}.");
        }

        var rows = new List<CustomerImportRow>();
        while (records.MoveNext())
        {
            var (line, fields, problem) = records.Current;
            if (fields.Count == 1 && fields[0].Length == 0 && problem is null)
            {
                continue;
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < Math.Min(fields.Count, columns.Count); i++)
            {
                values[columns[i]!] = fields[i];
            }

            problem ??= fields.Count != columns.Count ? $"The row has {fields.Count} fields where the header names {columns.Count}." : null;
            rows.Add(new CustomerImportRow(line, values, problem));
        }

        return Outcome<IReadOnlyList<CustomerImportRow>>.Success(rows);
    }

    private static List<CustomerImportRow> ReadJsonLines(TextReader text)
    {
        var rows = new List<CustomerImportRow>();
        var line = 0;
        while (text.ReadLine() is { } json)
        {
            line++;
            if (string.IsNullOrWhiteSpace(json))
            {
                continue;
            }

            rows.Add(JsonRow(line, json));
        }

        return rows;
    }

    private static CustomerImportRow JsonRow(int line, string json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new CustomerImportRow(line, values, "The line is not a JSON object.");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (CustomerImportColumns.Canonical(property.Name) is not { } column)
                {
                    return new CustomerImportRow(line, values, $"Unknown property '{property.Name}'; the properties are {string.Join(", ", CustomerImportColumns.All)}.");
                }

                values[column] = property.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => property.Value.GetString(),
                    _ => property.Value.GetRawText(),
                };
            }
        }
        catch (JsonException error)
        {
            return new CustomerImportRow(line, values, $"The line is not valid JSON: {error.Message}");
        }

        return new CustomerImportRow(line, values);
    }

    /// <summary>The records of an RFC 4180 file: the line each starts on, its fields, and a problem when its quoting is broken.</summary>
    private static IEnumerable<(int Line, List<string> Fields, string? Problem)> CsvRecords(TextReader text)
    {
        var line = 1;
        while (text.Peek() >= 0)
        {
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            string? problem = null;
            while (true)
            {
                var c = text.Read();
                if (c < 0)
                {
                    problem = quoted ? "A quoted field is not closed before the end of the file." : null;
                    break;
                }

                if (quoted)
                {
                    if (c == '"' && text.Peek() == '"')
                    {
                        text.Read();
                        field.Append('"');
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        line += c == '\n' ? 1 : 0;
                        field.Append((char)c);
                    }
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c is '\n' or '\r')
                {
                    if (c == '\r' && text.Peek() == '\n')
                    {
                        text.Read();
                    }

                    line++;
                    break;
                }
                else
                {
                    field.Append((char)c);
                }
            }

            fields.Add(field.ToString());
            yield return (start, fields, problem);
        }
    }

    private static Outcome<IReadOnlyList<CustomerImportRow>> FileError(string message) =>
        Outcome<IReadOnlyList<CustomerImportRow>>.Failure(new DomainError(DomainErrorCodes.Validation, message, "content"));
}
