namespace CrmGraph.Domain.Catalog;

/// <summary>Permission to attach an add-on service to one service product.</summary>
public sealed class AddOnAllowance
{
    private AddOnAllowance()
    {
    }

    public AddOnAllowance(int serviceProductId) => ServiceProductId = serviceProductId;

    public int AddOnServiceId { get; private set; }

    public int ServiceProductId { get; private set; }
}
