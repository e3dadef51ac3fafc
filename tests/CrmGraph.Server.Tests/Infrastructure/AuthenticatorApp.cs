using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>
/// The phone's side of RFC 6238, written here from the RFC and not taken from the server: HMAC-SHA1 over the count of
/// 30-second steps since the Unix epoch, dynamically truncated (RFC 4226) to six digits.
/// </summary>
public sealed class AuthenticatorApp(byte[] key)
{
    private const int StepSeconds = 30;

    /// <summary>An app set up with the base32 key a setup page shows (spaces and case ignored).</summary>
    public static AuthenticatorApp FromSharedKey(string base32) => new(Base32Decode(base32));

    /// <summary>The step now, so a test can ask for the codes of the steps around it.</summary>
    public static long CurrentStep => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The six-digit code of <paramref name="step"/> (the current step unless given).</summary>
    public string Code(long? step = null) => Hotp(key, step ?? CurrentStep, digits: 6);

    /// <summary>RFC 4226's HOTP value of <paramref name="counter"/> with <paramref name="digits"/> digits.</summary>
    public static string Hotp(byte[] key, long counter, int digits)
    {
        Span<byte> message = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(message, counter);
        var hash = HMACSHA1.HashData(key, message);
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % (int)Math.Pow(10, digits);
        return binary.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    private static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            Assert.True(value >= 0, $"'{c}' is not a base32 character.");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
