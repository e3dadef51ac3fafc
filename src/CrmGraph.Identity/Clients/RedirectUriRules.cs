using CrmGraph.Domain.Common;

namespace CrmGraph.Identity.Clients;

/// <summary>
/// What a front-end's redirect address must be: absolute, without a fragment, and https outside Development
/// (where http://localhost is the norm). Addresses are matched exactly, so they are kept as given.
/// </summary>
public static class RedirectUriRules
{
    public static IReadOnlyList<Uri> Check(IEnumerable<string> addresses, string field, bool isDevelopment, List<DomainError> errors)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        ArgumentNullException.ThrowIfNull(errors);
        var accepted = new List<Uri>();
        foreach (var address in addresses)
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Fragment.Length > 0)
            {
                errors.Add(new DomainError(DomainErrorCodes.Validation, $"'{address}' is not an absolute http(s) address without a fragment.", field));
            }
            else if (uri.Scheme != Uri.UriSchemeHttps && !isDevelopment)
            {
                errors.Add(new DomainError(DomainErrorCodes.Validation, $"'{address}' must use https outside Development.", field));
            }
            else
            {
                accepted.Add(uri);
            }
        }

        return accepted;
    }
}
