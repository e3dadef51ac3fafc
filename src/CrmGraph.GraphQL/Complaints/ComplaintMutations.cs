using System.Globalization;
using System.Security.Cryptography;
using CrmGraph.Domain.Complaints;
using CrmGraph.GraphQL.Churn;
using CrmGraph.GraphQL.Customers;
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
        var db = context.Db();
        var cancellationToken = context.CancellationToken;
        var now = context.Service<TimeProvider>().GetUtcNow();

        var errors = new List<DomainError>();
        var subject = await ComplaintSubject.ResolveAsync(db, input, errors, cancellationToken).ConfigureAwait(false);
        var targets = context.Service<SlaPolicy>().TargetsFor(input.Severity, subject.ProductTerms, subject.Tier);
        var outcome = Complaint.File(
            NewNumber(now),
            subject.CustomerId,
            subject.ProductId,
            subject.OrderId,
            input.Channel,
            input.Category,
            input.Severity,
            input.Description,
            targets,
            now,
            context.Caller().StaffId);
        errors.AddRange(outcome.Errors);
        if (errors.Count > 0)
        {
            return Payload<Complaint>.Failure(errors);
        }

        // The complaint, its first event and the customer's last activity commit together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        db.Complaints.Add(outcome.Value);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await CustomerActivity.TouchAsync(db, subject.CustomerId, now, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await context.Service<CustomerRiskScores>().RefreshAsync(subject.CustomerId, cancellationToken).ConfigureAwait(false);

        await context.Service<ComplaintNotices>().PublishAsync(db, outcome.Value, ComplaintNoticeKind.Filed, now, cancellationToken).ConfigureAwait(false);
        return Payload<Complaint>.Success(outcome.Value);
    }

    private static async ValueTask<DomainError?> AssignAsync(Complaint complaint, AssignComplaintInput input, ComplaintChangeContext change)
    {
        var errors = new List<DomainError>();
        var assigneeId = await StaffReference.ResolveAsync(change.Db, input.AssigneeId, "assigneeId", errors, change.CancellationToken).ConfigureAwait(false);
        return errors.Count > 0 ? errors[0] : complaint.Assign(assigneeId!.Value, change.By, change.At);
    }

    private static string NewNumber(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"CMP-{now:yyyyMMdd}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(3))}");
}
