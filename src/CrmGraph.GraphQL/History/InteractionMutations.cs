using CrmGraph.Domain.History;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.History;

internal static class InteractionMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<InteractionPayloadType>>("recordInteraction")
            .Description("Records a service encounter on the customer's history.")
            .Argument<NonNullGraphType<RecordInteractionInputType>>("input")
            .ResolveAsync(async ctx => await RecordAsync(ctx).ConfigureAwait(false));

    private static async Task<Payload<Interaction>> RecordAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<RecordInteractionInput>("input");
        var customerId = GlobalId.ParseFor(CustomerType.TypeName, input.CustomerId, "input.customerId");
        var db = context.Db();
        var now = context.Service<TimeProvider>().GetUtcNow();

        var errors = new List<DomainError>();
        if (!await db.Customers.AnyAsync(c => c.Id == customerId, context.CancellationToken).ConfigureAwait(false))
        {
            errors.Add(new DomainError(DomainErrorCodes.NotFound, $"No customer has id '{input.CustomerId}'.", "customerId"));
        }

        var staffId = await StaffReference.ResolveAsync(db, input.StaffMemberId, "staffMemberId", errors, context.CancellationToken).ConfigureAwait(false);

        var outcome = Interaction.Record(customerId, input.Channel, input.Kind, input.Outcome, staffId, input.OccurredAt ?? now, input.Notes, now);
        errors.AddRange(outcome.Errors);
        if (errors.Count > 0)
        {
            return Payload<Interaction>.Failure(errors);
        }

        return Payload<Interaction>.From(await context.Command<CommandPipeline>().AddAsync(outcome.Value, context.CancellationToken).ConfigureAwait(false));
    }
}
