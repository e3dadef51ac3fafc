namespace CrmGraph.GraphQL.Administration.Partners;

public sealed class CreatePartnerInput
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Region { get; set; }

    public string? ContactEmail { get; set; }
}
