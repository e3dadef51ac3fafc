using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Customers;

/// <summary>Applies the fields present in an <c>UpdateCustomerInput</c> over a customer's current details.</summary>
internal static class CustomerUpdate
{
    public static CustomerDetails Overlay(CustomerDetails current, IReadOnlyDictionary<string, object?> input, int? accountManagerId, int? partnerId)
    {
        var contact = current.Contact with
        {
            Email = Text(input, "email", current.Contact.Email),
            Phone = Text(input, "phone", current.Contact.Phone),
            City = Text(input, "city", current.Contact.City),
            Country = Text(input, "country", current.Contact.Country),
        };
        return current with
        {
            Name = Text(input, "name", current.Name) ?? string.Empty,
            Kind = input.TryGetValue("kind", out var kind) && kind is CustomerKind k ? k : current.Kind,
            Segment = input.TryGetValue("segment", out var segment) && segment is CustomerSegment s ? s : current.Segment,
            Contact = contact,
            AccountManagerId = input.ContainsKey("accountManagerId") ? accountManagerId : current.AccountManagerId,
            PartnerId = input.ContainsKey("partnerId") ? partnerId : current.PartnerId,
        };
    }

    private static string? Text(IReadOnlyDictionary<string, object?> input, string field, string? current) =>
        input.TryGetValue(field, out var value) ? value as string : current;
}
