using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Customers;

public sealed class CustomerPayloadType : PayloadType<Customer, CustomerType>
{
    public CustomerPayloadType()
        : base("CustomerPayload", "customer")
    {
    }
}
