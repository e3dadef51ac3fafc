using CrmGraph.Domain.Complaints;
using CrmGraph.Application.Complaints;

namespace CrmGraph.GraphQL.Complaints;

/// <summary>
/// Every change to a filed complaint runs the same command: find it, check the version the client read, let the
/// domain make the change, save the change with its audit trail and events. Only the change itself differs from
/// one mutation to the next.
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
        var outcome = await context.Command<ComplaintCommands>().ChangeAsync(
            id, input.Id, input.Version, context.Caller().StaffId, (complaint, at) => change(complaint, input, at), context.CancellationToken).ConfigureAwait(false);
        return Payload<Complaint>.From(outcome);
    }
}
