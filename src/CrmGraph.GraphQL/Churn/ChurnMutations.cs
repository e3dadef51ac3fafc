using CrmGraph.Domain.Customers;
using CrmGraph.GraphQL.Customers;

namespace CrmGraph.GraphQL.Churn;

/// <summary>
/// Marking a customer churned. Partners may do it for their own customers (they own the relationship and are the
/// first to know a customer left); the data layer already keeps them to their own.
/// </summary>
internal static class ChurnMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<CustomerPayloadType>>("markCustomerChurned")
            .Description("Records that a customer left, and why. A churned customer who orders again is won back automatically.")
            .Argument<NonNullGraphType<MarkCustomerChurnedInputType>>("input")
            .ResolveAsync(async ctx => await MarkChurnedAsync(ctx).ConfigureAwait(false));

    private static async Task<Payload<Customer>> MarkChurnedAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<MarkCustomerChurnedInput>("input");
        var id = GlobalId.ParseFor(CustomerType.TypeName, input.CustomerId, "input.customerId");
        var now = context.Service<TimeProvider>().GetUtcNow();
        var by = context.Caller().StaffId;

        // The status, the cause and the event for the timeline commit together, against the version read.
        var outcome = await context.Command<CommandPipeline>().ChangeAsync(
            context.Db().Customers.Where(c => c.Id == id),
            new DomainError(DomainErrorCodes.NotFound, $"No customer has id '{input.CustomerId}'.", "customerId"),
            "customer",
            input.Version,
            customer => ValueTask.FromResult<IReadOnlyList<DomainError>>(customer.MarkChurned(input.Cause, input.Note, by, now) is { } error ? [error] : []),
            context.CancellationToken).ConfigureAwait(false);
        return Payload<Customer>.From(outcome);
    }
}
