using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Orders;

/// <summary>
/// Taking an order from placement to completion: schedule, start, complete, or cancel before completion. Each move is
/// checked by the domain's state machine and the version read, and recorded in the order's history. Partners may run
/// their own customers' orders (the data layer keeps them to those).
/// </summary>
internal static class OrderLifecycleMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        Add<ScheduleServiceOrderInput, ScheduleServiceOrderInputType>(
            mutation, "scheduleServiceOrder", "Books the appointment (a time and a technician) of a placed order, or moves it.", ScheduleAsync);
        Add<VersionedInput, StartServiceOrderInputType>(
            mutation, "startServiceOrder", "Starts the work on a scheduled order.",
            (order, _, context, _, now) => ValueTask.FromResult(VersionedChange.Errors(order.Start(context.Caller().StaffId, now))));
        Add<CompleteServiceOrderInput, CompleteServiceOrderInputType>(
            mutation, "completeServiceOrder", "Records the work as done, with its completion time and work notes (ORDER_COMPLETED).",
            (order, input, context, _, now) => ValueTask.FromResult(VersionedChange.Errors(order.Complete(input.CompletedAt ?? now, input.WorkNotes, context.Caller().StaffId, now))));
        Add<CancelServiceOrderInput, CancelServiceOrderInputType>(
            mutation, "cancelServiceOrder", "Cancels an order before completion, with a reason; the loyalty points it earned are taken back (ORDER_CANCELLED).",
            CancelAsync);
    }

    private static void Add<TInput, TInputType>(
        ObjectGraphType mutation,
        string name,
        string description,
        Func<ServiceOrder, TInput, IResolveFieldContext, CrmDbContext, DateTimeOffset, ValueTask<IReadOnlyList<DomainError>>> change)
        where TInput : VersionedInput
        where TInputType : VersionedInputType<TInput> =>
        mutation.Field<NonNullGraphType<ServiceOrderPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<TInput>("input");
                return await VersionedChange.RunAsync<ServiceOrder>(ctx, ServiceOrderType.TypeName, input.Id, input.Version, (order, db, now) => change(order, input, ctx, db, now))
                    .ConfigureAwait(false);
            });

    private static async ValueTask<IReadOnlyList<DomainError>> ScheduleAsync(
        ServiceOrder order, ScheduleServiceOrderInput input, IResolveFieldContext context, CrmDbContext db, DateTimeOffset now)
    {
        var technicianId = GlobalId.ParseFor(StaffMemberType.TypeName, input.TechnicianId, "input.technicianId");
        var technician = await db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == technicianId, context.CancellationToken).ConfigureAwait(false);
        if (technician is null)
        {
            return [new DomainError(DomainErrorCodes.NotFound, $"No staff member has id '{input.TechnicianId}'.", "technicianId")];
        }

        if (technician is not { Role: StaffRole.Technician, Active: true })
        {
            return [new DomainError(DomainErrorCodes.Validation, $"{technician.Name} is not an active technician.", "technicianId")];
        }

        return VersionedChange.Errors(order.Schedule(input.ScheduledFor, technicianId, context.Caller().StaffId, now));
    }

    private static async ValueTask<IReadOnlyList<DomainError>> CancelAsync(
        ServiceOrder order, CancelServiceOrderInput input, IResolveFieldContext context, CrmDbContext db, DateTimeOffset now)
    {
        if (order.Cancel(input.Reason, context.Caller().StaffId, now) is { } error)
        {
            return [error];
        }

        var customer = await db.Customers.SingleAsync(c => c.Id == order.CustomerId, context.CancellationToken).ConfigureAwait(false);
        customer.TakeBackLoyaltyPoints(order.LoyaltyPointsEarned);
        return [];
    }
}
