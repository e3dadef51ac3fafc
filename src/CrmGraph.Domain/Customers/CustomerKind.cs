namespace CrmGraph.Domain.Customers;

public enum CustomerKind
{
    Person,
    Organization,
}
