using CrmGraph.Domain.Complaints;
using CrmGraph.GraphQL.Churn;

namespace CrmGraph.GraphQL.Complaints;

/// <summary>
/// Every change to a filed complaint runs the same way: find it, check the version the client read, let the
/// domain make the change, save the change and its audit event together, tell live subscribers. Only the
/// change itself differs from one mutation to the next.
/// </summary>
internal static class ComplaintChanges
{
    public static FieldBuilder<object?, object> Add<TInput, TInputType>(
        ObjectGraphType mutation,
        string name,
        string description,
        Func<Complaint, TInput, ComplaintChangeContext, ValueTask<DomainError?>> change)
        where TInput : ComplaintChangeInput
        where TInputType : ComplaintChangeInputType<TInput> =>
        mutation.Field<NonNullGraphType<ComplaintPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async ctx => await ChangeAsync(ctx, change).ConfigureAwait(false));

    private static async Task<Payload<Complaint>> ChangeAsync<TInput>(
        IResolveFieldContext context,
        Func<Complaint, TInput, ComplaintChangeContext, ValueTask<DomainError?>> change)
        where TInput : ComplaintChangeInput
    {
        var input = context.GetArgument<TInput>("input");
        var id = GlobalId.ParseFor(ComplaintType.TypeName, input.Id, "input.id");
        var db = context.Db();
        var cancellationToken = context.CancellationToken;
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
        if (complaint is null)
        {
            return Payload<Complaint>.Failure(new DomainError(DomainErrorCodes.NotFound, $"No complaint has id '{input.Id}'.", "id"));
        }

        var readVersion = input.Version ?? complaint.Version;
        if (readVersion != complaint.Version)
        {
            return Payload<Complaint>.Failure(StaleVersion.Error("complaint", readVersion, complaint.Version));
        }

        var now = context.Service<TimeProvider>().GetUtcNow();
        if (await change(complaint, input, new ComplaintChangeContext(context.Caller().StaffId, now, db, cancellationToken)).ConfigureAwait(false) is { } error)
        {
            return Payload<Complaint>.Failure(error);
        }

        // Assigning a complaint to whoever already has it changes nothing, so there is nothing to save or announce.
        if (!db.ChangeTracker.HasChanges())
        {
            return Payload<Complaint>.Success(complaint);
        }

        try
        {
            // The version read above is the concurrency token: a save in between makes this one fail, not overwrite it.
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            UnsavedChanges.Forget(db);
            return Payload<Complaint>.Failure(StaleVersion.Error("complaint", readVersion, currentVersion: null));
        }

        // Open and breached complaints weigh on the customer's churn risk.
        await context.Service<CustomerRiskScores>().RefreshAsync(complaint.CustomerId, cancellationToken).ConfigureAwait(false);
        await context.Service<ComplaintNotices>().PublishAsync(db, complaint, ComplaintNoticeKind.Changed, now, cancellationToken).ConfigureAwait(false);
        return Payload<Complaint>.Success(complaint);
    }
}
