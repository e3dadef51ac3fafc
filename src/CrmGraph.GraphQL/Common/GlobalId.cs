using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace CrmGraph.GraphQL.Common;

/// <summary>
/// The opaque Relay id of an entity: the type name and key, base64url-encoded. Clients must treat it as
/// an opaque string; the encoding only lets the server route <c>node(id)</c> to the right type.
/// </summary>
public readonly record struct GlobalId(string TypeName, int Key)
{
    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{TypeName}:{Key}")));

    public static string Encode(string typeName, int key) => new GlobalId(typeName, key).ToString();

    public static bool TryParse(string? value, out GlobalId id)
    {
        id = default;
        if (string.IsNullOrEmpty(value) || value.Length > 200 || !Base64Url.IsValid(value))
        {
            return false;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var key) || key <= 0)
        {
            return false;
        }

        id = new GlobalId(text[..colon], key);
        return true;
    }

    /// <summary>Decodes an id that must name <paramref name="expectedType"/>, or throws a client-facing error.</summary>
    public static int ParseFor(string expectedType, string? value, string argumentName)
    {
        if (!TryParse(value, out var id) || id.TypeName != expectedType)
        {
            throw new ExecutionError($"'{value}' is not a valid {expectedType} id (argument '{argumentName}'). Use the id field of a {expectedType}.")
            {
                Code = ErrorCodes.InvalidId,
            };
        }

        return id.Key;
    }
}
