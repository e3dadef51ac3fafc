using CrmGraph.Domain.Complaints;

namespace CrmGraph.GraphQL.Complaints;

public sealed class ResolveComplaintInputType : ComplaintChangeInputType<ResolveComplaintInput>
{
    public ResolveComplaintInputType()
        : base("ResolveComplaintInput", "Records how the complaint was resolved and what caused it.")
    {
        Field<NonNullGraphType<StringGraphType>>("resolution").Description($"What was done; at most {Complaint.MaxTextLength} characters.");
        Field<NonNullGraphType<EnumerationGraphType<ComplaintRootCause>>>("rootCause").Description("What caused the complaint, so managers see what to fix.");
        Field<MoneyInputType>("compensation").Description("What the customer was given, if anything; not negative.");
    }
}
