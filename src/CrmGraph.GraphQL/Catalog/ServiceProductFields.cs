using CrmGraph.Domain.Catalog;

namespace CrmGraph.GraphQL.Catalog;

internal static class ServiceProductFields
{
    /// <summary>The input fields an administrator sets on a product, shared by creating and updating it.</summary>
    public static void AddTo<T>(InputObjectGraphType<T> input)
    {
        input.Field<NonNullGraphType<StringGraphType>>("name").Description($"At most {ServiceProductDetails.MaxNameLength} characters.");
        input.Field<NonNullGraphType<StringGraphType>>("description").DefaultValue(string.Empty);
        input.Field<NonNullGraphType<EnumerationGraphType<ServiceCategory>>>("category");
        input.Field<NonNullGraphType<EnumerationGraphType<DeliveryMode>>>("deliveryMode");
        input.Field<NonNullGraphType<EnumerationGraphType<BillingUnit>>>("billingUnit");
        input.Field<NonNullGraphType<IntGraphType>>("responseTargetHours").Description("Service-level term: at least 1.");
        input.Field<NonNullGraphType<IntGraphType>>("resolutionTargetHours").Description("Service-level term: not below the response target.");
    }
}
