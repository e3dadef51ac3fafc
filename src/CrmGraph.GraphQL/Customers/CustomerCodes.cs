using System.Security.Cryptography;

namespace CrmGraph.GraphQL.Customers;

internal static class CustomerCodes
{
    /// <summary>A new random customer code; 40 bits keep collisions unlikely even across large imports.</summary>
    public static string New() => "C-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5));
}
