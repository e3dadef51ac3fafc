using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CrmGraph.Server.Tests.Infrastructure;

public static class Jwt
{
    public static JsonElement Payload(string token)
    {
        var payload = token.Split('.')[1];
        return JsonDocument.Parse(Base64UrlDecode(payload)).RootElement.Clone();
    }

    /// <summary>The header (index 0) or payload (index 1) of a compact JWT as an editable JSON object.</summary>
    public static JsonObject Part(string token, int index) =>
        JsonNode.Parse(Base64UrlDecode(token.Split('.')[index]))!.AsObject();

    /// <summary>A compact RS256 JWS of <paramref name="header"/> and <paramref name="payload"/>, signed with <paramref name="key"/>.</summary>
    public static string Sign(JsonObject header, JsonObject payload, RSA key)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(key);
        header["alg"] = "RS256";
        var signed = Base64UrlEncode(header.ToJsonString()) + "." + Base64UrlEncode(payload.ToJsonString());
        var signature = key.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signed + "." + Base64UrlEncode(signature);
    }

    /// <summary>The RSA key the Development server created in <paramref name="dataFolder"/> to sign its tokens.</summary>
    public static RSA DevelopmentSigningKey(string dataFolder)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(Path.Combine(dataFolder, "keys", "development-signing-key.pem")));
        return rsa;
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
