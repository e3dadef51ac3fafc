using CrmGraph.Domain.Complaints;

namespace CrmGraph.GraphQL.Complaints;

/// <summary>The input type of a change that must say why.</summary>
public abstract class ComplaintReasonInputType : ComplaintChangeInputType<ComplaintReasonInput>
{
    protected ComplaintReasonInputType(string name, string description, string why)
        : base(name, description)
    {
        Field<NonNullGraphType<StringGraphType>>("reason").Description($"{why}; at most {Complaint.MaxTextLength} characters.");
    }
}
