using System.Buffers.Text;
using System.Text.Json;

namespace CrmGraph.GraphQL.Common;

/// <summary>
/// An opaque keyset cursor: the sort-key values of one row. A cursor stays valid when rows are
/// inserted before it, unlike an offset.
/// </summary>
internal static class Cursor
{
    public static string Encode<TEntity>(TEntity entity, IReadOnlyList<SortKey<TEntity>> order)
    {
        var values = new object?[order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            values[i] = order[i].ReadFrom(entity);
        }

        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(values));
    }

    public static object?[] Decode<TEntity>(string cursor, IReadOnlyList<SortKey<TEntity>> order)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var elements = document.RootElement;
            if (elements.ValueKind != JsonValueKind.Array || elements.GetArrayLength() != order.Count)
            {
                throw Invalid(cursor);
            }

            var values = new object?[order.Count];
            for (var i = 0; i < order.Count; i++)
            {
                values[i] = elements[i].Deserialize(order[i].KeyType);
            }

            return values;
        }
        catch (Exception exception) when (exception is FormatException or JsonException or NotSupportedException or ArgumentException)
        {
            throw Invalid(cursor);
        }
    }

    private static ExecutionError Invalid(string cursor) =>
        new($"'{cursor}' is not a cursor of this list in this order. Use a cursor returned by the same field and order.")
        {
            Code = ErrorCodes.InvalidCursor,
        };
}
