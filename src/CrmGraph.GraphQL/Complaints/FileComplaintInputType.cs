using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.History;
using CrmGraph.GraphQL.Catalog;
using CrmGraph.GraphQL.Orders;

namespace CrmGraph.GraphQL.Complaints;

public sealed class FileComplaintInputType : InputObjectGraphType<FileComplaintInput>
{
    public FileComplaintInputType()
    {
        Name = "FileComplaintInput";
        Description = "The promised times follow from the severity, the product's service-level terms and the customer's loyalty tier.";
        Field<NonNullGraphType<IdGraphType>>("customerId");
        Field<NonNullGraphType<EnumerationGraphType<ComplaintCategory>>>("category");
        Field<NonNullGraphType<EnumerationGraphType<ComplaintSeverity>>>("severity");
        Field<NonNullGraphType<EnumerationGraphType<ContactChannel>>>("channel").Description("How the complaint reached us.");
        Field<NonNullGraphType<StringGraphType>>("description").Description($"What the customer complains about; at most {Complaint.MaxTextLength} characters.");
        Field<IdGraphType>("productId").Description($"The {ServiceProductType.TypeName} complained about; its service-level terms may tighten the promised times.");
        Field<IdGraphType>("orderId").Description($"The customer's {ServiceOrderType.TypeName} complained about.");
    }
}
