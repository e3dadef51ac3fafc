namespace CrmGraph.Domain.Customers;

/// <summary>How to reach a customer. All parts are optional, but an email must look like one.</summary>
public sealed record ContactDetails(string? Email, string? Phone, string? City, string? Country);
