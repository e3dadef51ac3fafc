namespace CrmGraph.GraphQL.Complaints;

public sealed class AddComplaintNoteInput : ComplaintChangeInput
{
    public string Text { get; set; } = string.Empty;
}
