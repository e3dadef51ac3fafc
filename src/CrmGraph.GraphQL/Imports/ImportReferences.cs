using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Imports;

/// <summary>Turns a row's text into customer details, resolving partner codes and account manager emails.</summary>
internal sealed class ImportReferences(IReadOnlyDictionary<string, int> partnerIdsByCode, IReadOnlyDictionary<string, int> staffIdsByEmail, int? ownPartnerId)
{
    /// <summary>The details of <paramref name="row"/>, or null with the reasons in <paramref name="errors"/>.</summary>
    public CustomerDetails? Details(CustomerImportRow row, List<CustomerImportRejection> errors)
    {
        var kind = Parse(row, CustomerImportColumns.Kind, CustomerKind.Person, errors);
        var segment = Parse(row, CustomerImportColumns.Segment, CustomerSegment.Standard, errors);
        int? managerId = null;
        if (row[CustomerImportColumns.AccountManagerEmail] is { } email)
        {
            if (staffIdsByEmail.TryGetValue(email, out var id))
            {
                managerId = id;
            }
            else
            {
                errors.Add(new(row.Row, CustomerImportColumns.AccountManagerEmail, $"No active staff member has the email '{email}'."));
            }
        }

        var partnerId = PartnerOf(row, errors);
        var contact = new ContactDetails(row[CustomerImportColumns.Email], row[CustomerImportColumns.Phone], row[CustomerImportColumns.City], row[CustomerImportColumns.Country]);
        return errors.Count > 0 ? null : new CustomerDetails(row[CustomerImportColumns.Name] ?? string.Empty, kind, contact, segment, managerId, partnerId);
    }

    /// <summary>A partner's rows are its own (naming another partner is an error); others name an active partner or none.</summary>
    private int? PartnerOf(CustomerImportRow row, List<CustomerImportRejection> errors)
    {
        var code = row[CustomerImportColumns.PartnerCode];
        var known = code is not null && partnerIdsByCode.TryGetValue(code, out var id) ? id : (int?)null;
        if (ownPartnerId is { } own)
        {
            if (code is not null && known != own)
            {
                errors.Add(new(row.Row, CustomerImportColumns.PartnerCode, $"A partner imports only its own customers; '{code}' is not this partner."));
            }

            return own;
        }

        if (code is not null && known is null)
        {
            errors.Add(new(row.Row, CustomerImportColumns.PartnerCode, $"No active partner has the code '{code}'."));
        }

        return known;
    }

    private static TEnum Parse<TEnum>(CustomerImportRow row, string column, TEnum fallback, List<CustomerImportRejection> errors)
        where TEnum : struct, Enum
    {
        var text = row[column];
        if (text is null)
        {
            return fallback;
        }

        if (Enum.TryParse<TEnum>(text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var value) && Enum.IsDefined(value) && !text.All(char.IsAsciiDigit))
        {
            return value;
        }

        errors.Add(new(row.Row, column, $"'{text}' is not a {column}; use one of {string.Join(", ", Enum.GetNames<TEnum>())}."));
        return fallback;
    }
}
