using System.Text;

namespace CrmGraph.Server.Tests.Security;

/// <summary>The tests' own RFC 6238 implementation agrees with the RFC's test vectors before it is trusted to judge the server.</summary>
public sealed class AuthenticatorAppTests
{
    private static readonly byte[] RfcKey = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(20000000000L, "65353130")]
    public void Eight_digit_SHA1_codes_match_RFC_6238_appendix_B(long unixTime, string expected) =>
        Assert.Equal(expected, AuthenticatorApp.Hotp(RfcKey, unixTime / 30, digits: 8));

    [Fact]
    public void A_base32_shared_key_decodes_to_the_bytes_it_encodes() =>
        // "GEZDGNBVGY3TQOJQ" is base32 for "1234567890", shown lower case in groups as the setup page shows keys.
        Assert.Equal(
            AuthenticatorApp.Hotp(Encoding.ASCII.GetBytes("1234567890"), 7, 6),
            AuthenticatorApp.FromSharedKey("gezd gnbv gy3t qojq").Code(7));

    [Fact]
    public void Six_digit_codes_match_RFC_4226_appendix_D() =>
        Assert.Equal(["755224", "287082", "359152"], new long[] { 0, 1, 2 }.Select(counter => AuthenticatorApp.Hotp(RfcKey, counter, 6)));
}
