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
        var db = context.Db();
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == id, context.CancellationToken).ConfigureAwait(false);
        if (customer is null)
        {
            return Payload<Customer>.Failure(new DomainError(DomainErrorCodes.NotFound, $"No customer has id '{input.CustomerId}'.", "customerId"));
        }

        var readVersion = input.Version ?? customer.Version;
        if (readVersion != customer.Version)
        {
            return Payload<Customer>.Failure(StaleVersion.Error("customer", readVersion, customer.Version));
        }

        var now = context.Service<TimeProvider>().GetUtcNow();
        if (customer.MarkChurned(input.Cause, input.Note, context.Caller().StaffId, now) is { } error)
        {
            return Payload<Customer>.Failure(error);
        }

        try
        {
            // The status, the cause and the event for the timeline commit together, against the version read.
            await db.SaveChangesAsync(context.CancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            UnsavedChanges.Forget(db);
            return Payload<Customer>.Failure(StaleVersion.Error("customer", readVersion, currentVersion: null));
        }

        return Payload<Customer>.Success(customer);
    }
}
