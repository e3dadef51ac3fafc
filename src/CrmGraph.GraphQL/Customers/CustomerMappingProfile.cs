using AutoMapper;
using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Customers;

/// <summary>
/// Maps between what clients send and the domain's customer details, and from a stored customer back
/// to its details (the starting point of a partial update).
/// </summary>
public sealed class CustomerMappingProfile : Profile
{
    public CustomerMappingProfile()
    {
        CreateMap<CustomerInput, ContactDetails>();
        CreateMap<Customer, ContactDetails>();
        CreateMap<Customer, CustomerDetails>()
            .ForCtorParam(nameof(CustomerDetails.Contact), o => o.MapFrom(c => c));
        CreateMap<CustomerInput, CustomerDetails>()
            .ForCtorParam(nameof(CustomerDetails.Contact), o => o.MapFrom(c => c))
            .ForCtorParam(nameof(CustomerDetails.AccountManagerId), o => o.MapFrom(_ => (int?)null))
            .ForCtorParam(nameof(CustomerDetails.PartnerId), o => o.MapFrom(_ => (int?)null));
    }
}
