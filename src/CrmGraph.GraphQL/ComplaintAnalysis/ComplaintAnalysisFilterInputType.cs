using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.History;
using CrmGraph.GraphQL.Catalog;
using CrmGraph.GraphQL.Partners;

namespace CrmGraph.GraphQL.ComplaintAnalysis;

public sealed class ComplaintAnalysisFilterInputType : InputObjectGraphType<ComplaintAnalysisFilter>
{
    public ComplaintAnalysisFilterInputType()
    {
        Name = "ComplaintAnalysisFilterInput";
        Description = "The time range of a complaint analysis and which complaints it counts; all given conditions must hold.";
        Field<NonNullGraphType<InstantGraphType>>("from").Description("Received at or after this instant.");
        Field<NonNullGraphType<InstantGraphType>>("to").Description("Received before this instant; the backlog is counted up to it.");
        Field<IdGraphType>("partnerId").Description($"From customers of this {PartnerType.TypeName}.");
        Field<IdGraphType>("productId").Description($"About this {ServiceProductType.TypeName}.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<ComplaintCategory>>>>("category").Description("Of any of these categories.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<ComplaintSeverity>>>>("severity").Description("Of any of these severities.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<ContactChannel>>>>("channel").Description("Received through any of these channels.");
    }
}
