using System.Text;

namespace CrmGraph.Server.Tests.Infrastructure;

public static class Jwt
{
    public static JsonElement Payload(string token)
    {
        var payload = token.Split('.')[1];
        return JsonDocument.Parse(Base64UrlDecode(payload)).RootElement.Clone();
    }

    public static byte[] Base64UrlDecode(string value)
    {
        var base64 = value.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }

    public static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Base64UrlEncode(string text) => Base64UrlEncode(Encoding.UTF8.GetBytes(text));
}
