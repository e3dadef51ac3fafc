using CrmGraph.Domain.Complaints;

namespace CrmGraph.GraphQL.Complaints;

public sealed class AddComplaintNoteInputType : ComplaintChangeInputType<AddComplaintNoteInput>
{
    public AddComplaintNoteInputType()
        : base("AddComplaintNoteInput", "Adds a note to the complaint's audit trail; the complaint itself, and so its version, stays as it was.")
    {
        Field<NonNullGraphType<StringGraphType>>("text").Description($"At most {Complaint.MaxTextLength} characters.");
    }
}
