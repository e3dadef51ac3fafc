using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Pricing;

namespace CrmGraph.Domain.Tests.Orders;

public sealed class ServiceOrderLifecycleTests
{
    private const int Technician = 12;
    private const int By = 3;
    private static readonly DateTimeOffset At = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_order_goes_from_placed_through_scheduled_and_in_progress_to_completed_recording_each_move()
    {
        var order = Placed();

        Assert.Null(order.Schedule(At.AddDays(2), Technician, By, At));
        Assert.Null(order.Start(By, At.AddDays(2)));
        Assert.Null(order.Complete(At.AddDays(2).AddHours(3), "Replaced the pump seal.", By, At.AddDays(2).AddHours(4)));

        Assert.Equal(ServiceOrderStatus.Completed, order.Status);
        Assert.Equal((At.AddDays(2), (int?)Technician, At.AddDays(2), At.AddDays(2).AddHours(3), "Replaced the pump seal."),
            (order.ScheduledFor!.Value, order.TechnicianId, order.StartedAt!.Value, order.CompletedAt!.Value, order.WorkNotes));
        Assert.Equal(
            [(ServiceOrderStatus.Placed, ServiceOrderStatus.Scheduled), (ServiceOrderStatus.Scheduled, ServiceOrderStatus.InProgress), (ServiceOrderStatus.InProgress, ServiceOrderStatus.Completed)],
            order.History.Select(e => (e.FromStatus, e.ToStatus)));
        Assert.All(order.History, e => Assert.Equal(By, e.ActorStaffId));
    }

    [Fact]
    public void A_scheduled_order_can_be_moved_to_another_time_and_technician()
    {
        var order = Placed();
        order.Schedule(At.AddDays(2), Technician, By, At);

        Assert.Null(order.Schedule(At.AddDays(4), 13, By, At.AddHours(1)));

        Assert.Equal((At.AddDays(4), (int?)13, ServiceOrderStatus.Scheduled), (order.ScheduledFor!.Value, order.TechnicianId, order.Status));
    }

    [Theory]
    [InlineData(ServiceOrderStatus.Placed)]
    [InlineData(ServiceOrderStatus.Scheduled)]
    [InlineData(ServiceOrderStatus.InProgress)]
    public void An_order_can_be_cancelled_with_a_reason_from_any_state_before_completion(ServiceOrderStatus status)
    {
        var order = In(status);

        Assert.Equal(DomainErrorCodes.Validation, order.Cancel("  ", By, At.AddDays(3))!.Code);
        Assert.Null(order.Cancel("Customer sold the appliance.", By, At.AddDays(3)));

        Assert.Equal((ServiceOrderStatus.Cancelled, "Customer sold the appliance.", (DateTimeOffset?)At.AddDays(3)), (order.Status, order.CancellationReason, order.CancelledAt));
        Assert.Equal("Customer sold the appliance.", order.History.Last().Note);
    }

    [Fact]
    public void Moves_the_lifecycle_does_not_allow_are_invalid_transitions_that_change_nothing()
    {
        var completed = In(ServiceOrderStatus.Completed);
        var cancelled = In(ServiceOrderStatus.Cancelled);
        var placed = Placed();

        Assert.Equal(DomainErrorCodes.InvalidTransition, completed.Cancel("Too late", By, At.AddDays(5))!.Code);
        Assert.Equal(DomainErrorCodes.InvalidTransition, cancelled.Start(By, At.AddDays(5))!.Code);
        Assert.Equal(DomainErrorCodes.InvalidTransition, placed.Start(By, At)!.Code);
        Assert.Equal(DomainErrorCodes.InvalidTransition, placed.Complete(At, "Done", By, At)!.Code);
        Assert.Equal(DomainErrorCodes.InvalidTransition, completed.Schedule(At.AddDays(9), Technician, By, At.AddDays(5))!.Code);
        Assert.Equal((ServiceOrderStatus.Completed, ServiceOrderStatus.Cancelled, ServiceOrderStatus.Placed), (completed.Status, cancelled.Status, placed.Status));
        Assert.Empty(placed.History);
    }

    [Fact]
    public void Scheduling_in_the_past_and_completing_without_notes_or_in_the_future_are_refused()
    {
        var order = Placed();
        Assert.Equal("scheduledFor", order.Schedule(At.AddMinutes(-1), Technician, By, At)!.Field);

        var started = In(ServiceOrderStatus.InProgress);
        Assert.Equal("workNotes", started.Complete(At.AddDays(3), " ", By, At.AddDays(3))!.Field);
        Assert.Equal("completedAt", started.Complete(At.AddDays(4), "Done", By, At.AddDays(3))!.Field);
        Assert.Equal(ServiceOrderStatus.InProgress, started.Status);
    }

    [Fact]
    public void Every_lifecycle_move_is_in_the_transition_table()
    {
        Assert.Equal([ServiceOrderStatus.Scheduled, ServiceOrderStatus.Cancelled], ServiceOrderTransitions.From(ServiceOrderStatus.Placed).Order());
        Assert.Equal([ServiceOrderStatus.Completed, ServiceOrderStatus.Cancelled], ServiceOrderTransitions.From(ServiceOrderStatus.InProgress).Order());
        Assert.Empty(ServiceOrderTransitions.From(ServiceOrderStatus.Completed));
        Assert.Empty(ServiceOrderTransitions.From(ServiceOrderStatus.Cancelled));
    }

    private static ServiceOrder Placed() =>
        ServiceOrder.FromQuote("SO-1", new Quote(4, 1, "EUR", At, [], new Money(0m, "EUR"), new Money(0m, "EUR"), new Money(0m, "EUR")), null, null);

    private static ServiceOrder In(ServiceOrderStatus status)
    {
        var order = Placed();
        if (status == ServiceOrderStatus.Placed)
        {
            return order;
        }

        order.Schedule(At.AddDays(2), Technician, By, At);
        if (status == ServiceOrderStatus.Cancelled)
        {
            order.Cancel("Called off", By, At.AddDays(1));
            return order;
        }

        if (status != ServiceOrderStatus.Scheduled)
        {
            order.Start(By, At.AddDays(2));
        }

        if (status == ServiceOrderStatus.Completed)
        {
            order.Complete(At.AddDays(2).AddHours(2), "Done", By, At.AddDays(2).AddHours(2));
        }

        return order;
    }
}
