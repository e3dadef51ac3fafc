namespace CrmGraph.Domain.Common;

/// <summary>The plausibility check every email address of the model passes; the mail server has the last word.</summary>
public static class EmailAddress
{
    public static bool LooksValid(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.');
    }
}
