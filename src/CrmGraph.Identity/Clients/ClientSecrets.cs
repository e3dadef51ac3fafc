using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CrmGraph.Identity.Clients;

internal static class ClientSecrets
{
    /// <summary>A new random secret (256 bits); it is shown once and only its hash is stored.</summary>
    public static string New() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
}
