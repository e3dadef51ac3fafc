namespace CrmGraph.GraphQL.Administration.Partners;

public sealed class UpdatePartnerInput
{
    public string PartnerId { get; set; } = string.Empty;

    public int Version { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Region { get; set; }

    public string? ContactEmail { get; set; }
}
