namespace CrmGraph.Domain.Partners;

/// <summary>A dealer, service outlet or partner organization that owns a set of customers.</summary>
public sealed class Partner
{
    private Partner()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public Partner(string code, string name, string? region, string? contactEmail)
    {
        Code = code;
        Name = name;
        Region = region;
        ContactEmail = contactEmail;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string? Region { get; private set; }

    public string? ContactEmail { get; private set; }
}
