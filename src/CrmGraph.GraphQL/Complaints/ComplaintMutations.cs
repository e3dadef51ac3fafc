using CrmGraph.Application.Complaints;
using CrmGraph.Domain.Complaints;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Complaints;

/// <summary>
/// Filing a complaint and every change after it. Partners may file and add notes for their own customers;
/// moving a complaint through its lifecycle is staff work.
/// </summary>
internal static class ComplaintMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<FileComplaintPayloadType>>("fileComplaint")
            .Description("Records a customer's complaint as received, with its promised first-response and resolution times.")
            .Argument<NonNullGraphType<FileComplaintInputType>>("input")
            .ResolveAsync(async ctx => await FileAsync(ctx).ConfigureAwait(false));

        ComplaintChanges.Add<ComplaintChangeInput, AcknowledgeComplaintInputType>(
            mutation, "acknowledgeComplaint", "Acknowledges a received complaint.",
            (complaint, _, change) => new(complaint.Acknowledge(change.By, change.At)))
            .StaffOnly();
        ComplaintChanges.Add<AssignComplaintInput, AssignComplaintInputType>(
            mutation, "assignComplaint", "Hands an open complaint to a staff member.", AssignAsync)
            .StaffOnly();
        ComplaintChanges.Add<ComplaintChangeInput, StartComplaintWorkInputType>(
            mutation, "startComplaintWork", "Starts work on an acknowledged, escalated or reopened complaint.",
            (complaint, _, change) => new(complaint.StartWork(change.By, change.At)))
            .StaffOnly();
        ComplaintChanges.Add<ComplaintReasonInput, EscalateComplaintInputType>(
            mutation, "escalateComplaint", "Takes an open complaint to a manager.",
            (complaint, input, change) => new(complaint.Escalate(input.Reason, change.By, change.At)))
            .StaffOnly();
        ComplaintChanges.Add<ResolveComplaintInput, ResolveComplaintInputType>(
            mutation, "resolveComplaint", "Resolves a complaint in work, recording the resolution, root cause and any compensation.",
            (complaint, input, change) => new(complaint.Resolve(input.Resolution, input.RootCause, input.Compensation, change.By, change.At)))
            .StaffOnly();
        ComplaintChanges.Add<ComplaintChangeInput, CloseComplaintInputType>(
            mutation, "closeComplaint", "Closes a resolved complaint.",
            (complaint, _, change) => new(complaint.Close(change.By, change.At)))
            .StaffOnly();
        ComplaintChanges.Add<ComplaintReasonInput, ReopenComplaintInputType>(
            mutation, "reopenComplaint", "Puts a resolved or closed complaint back into work.",
            (complaint, input, change) => new(complaint.Reopen(input.Reason, change.By, change.At)))
            .StaffOnly();
        ComplaintChanges.Add<AddComplaintNoteInput, AddComplaintNoteInputType>(
            mutation, "addComplaintNote", "Adds a note to a complaint's audit trail.",
            (complaint, input, change) => new(complaint.AddNote(input.Text, change.By, change.At)));
    }

    /// <summary>Lifecycle moves are staff work: partner and machine clients are refused before anything runs.</summary>
    private static void StaffOnly(this FieldBuilder<object?, object> field) =>
        field.Description($"{field.FieldType.Description} Staff only.").AuthorizeWithPolicy(CrmPolicies.Staff);

    private static async Task<Payload<Complaint>> FileAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<FileComplaintInput>("input");
        var errors = new List<DomainError>();
        var subject = await ComplaintSubject.ResolveAsync(context.Db(), input, errors, context.CancellationToken).ConfigureAwait(false);
        var command = new FileComplaint(
            subject.CustomerId, subject.Tier, subject.ProductId, subject.ProductTerms, subject.OrderId,
            input.Channel, input.Category, input.Severity, input.Description, context.Caller().StaffId);
        return Payload<Complaint>.From(await context.Command<ComplaintCommands>().FileAsync(command, errors, context.CancellationToken).ConfigureAwait(false));
    }

    private static async ValueTask<DomainError?> AssignAsync(Complaint complaint, AssignComplaintInput input, ComplaintChangeContext change)
    {
        var errors = new List<DomainError>();
        var assigneeId = await StaffReference.ResolveAsync(change.Db, input.AssigneeId, "assigneeId", errors, change.CancellationToken).ConfigureAwait(false);
        return errors.Count > 0 ? errors[0] : complaint.Assign(assigneeId!.Value, change.By, change.At);
    }
}
