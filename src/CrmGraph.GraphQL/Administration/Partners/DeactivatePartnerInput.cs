namespace CrmGraph.GraphQL.Administration.Partners;

public sealed class DeactivatePartnerInput
{
    public string PartnerId { get; set; } = string.Empty;

    public int Version { get; set; }
}
