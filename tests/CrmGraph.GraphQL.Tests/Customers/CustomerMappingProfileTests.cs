using AutoMapper;
using CrmGraph.Domain.Customers;
using CrmGraph.GraphQL.Customers;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrmGraph.GraphQL.Tests.Customers;

public sealed class CustomerMappingProfileTests
{
    private static readonly MapperConfiguration Configuration = new(mapping => mapping.AddProfile<CustomerMappingProfile>(), NullLoggerFactory.Instance);

    [Fact]
    public void The_mapping_configuration_is_valid() => Configuration.AssertConfigurationIsValid();

    [Fact]
    public void Client_input_maps_to_customer_details_without_references()
    {
        var input = new CustomerInput { Name = "Beacon Labs", Kind = CustomerKind.Organization, Email = "lab@beacon.example", City = "Brno", Segment = CustomerSegment.QualitySensitive, PartnerId = "ignored" };

        var details = Configuration.CreateMapper().Map<CustomerDetails>(input);

        Assert.Equal("Beacon Labs", details.Name);
        Assert.Equal(CustomerKind.Organization, details.Kind);
        Assert.Equal(new ContactDetails("lab@beacon.example", null, "Brno", null), details.Contact);
        Assert.Equal(CustomerSegment.QualitySensitive, details.Segment);
        Assert.Null(details.PartnerId);
    }

    [Fact]
    public void A_stored_customer_maps_back_to_the_details_it_was_made_from()
    {
        var original = new CustomerDetails("Maple Print", CustomerKind.Organization, new ContactDetails("print@maple.example", "+43 1", "Vienna", "Austria"), CustomerSegment.PriceSensitive, 3, 2);
        var customer = Customer.Create("C-1", original, DateTimeOffset.UnixEpoch).Value;

        Assert.Equal(original, Configuration.CreateMapper().Map<CustomerDetails>(customer));
    }
}
