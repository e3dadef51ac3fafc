namespace CrmGraph.Domain.Catalog;

public enum DeliveryMode
{
    OnSite,
    Remote,
    InStore,
}
