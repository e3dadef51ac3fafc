using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.History;
using CrmGraph.Domain.Tests.Complaints;

namespace CrmGraph.Domain.Tests.Events;

/// <summary>The domain events each change records on its aggregate, with the facts consumers need.</summary>
public sealed class RecordedEventsTests
{
    private static readonly DateTimeOffset At = new(2026, 4, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Filing_records_a_complaint_filed_event()
    {
        var complaint = ComplaintScenario.NewComplaint();

        var filed = Assert.IsType<ComplaintFiled>(Assert.Single(Recorded(complaint)));
        Assert.Equal((ComplaintSeverity.High, ComplaintCategory.Service, ContactChannel.Phone, ComplaintScenario.Received), (filed.Severity, filed.Category, filed.Channel, filed.OccurredAt));
    }

    [Fact]
    public void Each_transition_records_its_kind_from_and_to_and_assignments_and_notes_record_their_own()
    {
        var complaint = ComplaintScenario.NewComplaint();
        Clear(complaint);

        Assert.Null(complaint.Acknowledge(ComplaintScenario.Agent, At));
        Assert.Null(complaint.Assign(9, ComplaintScenario.Agent, At));
        Assert.Null(complaint.Assign(9, ComplaintScenario.Agent, At));
        Assert.Null(complaint.AddNote("Called the customer.", ComplaintScenario.Agent, At));
        Assert.Null(complaint.StartWork(ComplaintScenario.Agent, At));
        Assert.NotNull(complaint.Close(ComplaintScenario.Agent, At));

        var events = Recorded(complaint);
        Assert.Equal([typeof(ComplaintTransitioned), typeof(ComplaintAssigned), typeof(ComplaintNoteAdded), typeof(ComplaintTransitioned)], events.Select(e => e.GetType()));
        var acknowledged = (ComplaintTransitioned)events[0];
        Assert.Equal((ComplaintEventKind.Acknowledged, ComplaintStatus.Received, ComplaintStatus.Acknowledged, (int?)ComplaintScenario.Agent), (acknowledged.Kind, acknowledged.From, acknowledged.To, acknowledged.ActorStaffId));
        Assert.Equal((9, (int?)null), (((ComplaintAssigned)events[1]).AssigneeId, ((ComplaintAssigned)events[1]).PreviousAssigneeId));
        Assert.Equal((ComplaintStatus.Acknowledged, ComplaintStatus.InProgress), (((ComplaintTransitioned)events[3]).From, ((ComplaintTransitioned)events[3]).To));
        Assert.All(events, e => Assert.Equal(ComplaintSeverity.High, ((ComplaintDomainEvent)e).Severity));
    }

    [Fact]
    public void Detecting_breaches_records_one_event_naming_every_promise_broken_and_nothing_when_none_is()
    {
        var complaint = ComplaintScenario.NewComplaint();
        Clear(complaint);

        complaint.DetectBreaches(ComplaintScenario.FirstResponseDue.AddMinutes(-1));
        Assert.Empty(Recorded(complaint));
        complaint.DetectBreaches(ComplaintScenario.ResolutionDue.AddMinutes(1));

        var breached = Assert.IsType<ComplaintSlaBreached>(Assert.Single(Recorded(complaint)));
        Assert.Equal([ComplaintEventKind.FirstResponseBreached, ComplaintEventKind.ResolutionBreached], breached.Breaches);
    }

    [Fact]
    public void Customers_record_creation_updates_churn_win_back_and_tier_changes()
    {
        var details = new CustomerDetails("Ada Example", CustomerKind.Person, new ContactDetails(null, null, null, null), CustomerSegment.Standard, null, 3);
        var customer = Customer.Create("C-1", details, At).Value;
        var created = Assert.IsType<CustomerCreated>(Assert.Single(Recorded(customer)));
        Assert.Equal((CustomerSegment.Standard, (int?)3), (created.Segment, created.PartnerId));
        Clear(customer);

        Assert.Empty(customer.Update(details with { Name = "Ada Changed" }, At));
        customer.RecordPurchase(At);
        Assert.Null(customer.MarkChurned(ChurnCause.Competitor, null, 7, At.AddDays(1)));
        customer.RecordPurchase(At.AddDays(2), 7);
        customer.EarnLoyaltyPoints(new Money(400m, "EUR"), LoyaltyProgram.Default, 7, At.AddDays(2));

        var events = Recorded(customer);
        Assert.Equal([typeof(CustomerUpdated), typeof(CustomerChurned), typeof(CustomerWonBack), typeof(LoyaltyTierChanged)], events.Select(e => e.GetType()));
        Assert.Equal((CustomerStatus.Active, ChurnCause.Competitor), (((CustomerChurned)events[1]).From, ((CustomerChurned)events[1]).Cause));
        Assert.Equal(ChurnCause.Competitor, ((CustomerWonBack)events[2]).PreviousCause);
        Assert.Equal((LoyaltyTier.Standard, LoyaltyTier.Silver), (((LoyaltyTierChanged)events[3]).From, ((LoyaltyTierChanged)events[3]).To));
    }

    [Fact]
    public void Recording_an_interaction_records_when_it_occurred()
    {
        var interaction = Interaction.Record(42, ContactChannel.Phone, InteractionKind.FollowUp, InteractionOutcome.Completed, 7, At.AddHours(-3), null, At).Value;

        var recorded = Assert.IsType<InteractionRecorded>(Assert.Single(Recorded(interaction)));
        Assert.Equal((At.AddHours(-3), InteractionKind.FollowUp), (recorded.OccurredAt, recorded.Kind));
    }

    [Fact]
    public void A_refused_change_records_nothing()
    {
        var complaint = ComplaintScenario.NewComplaint();
        Clear(complaint);

        Assert.NotNull(complaint.Resolve("", ComplaintRootCause.ServiceProcess, null, 7, At));

        Assert.Empty(Recorded(complaint));
    }

    private static IReadOnlyList<DomainEvent> Recorded(IAggregate aggregate) => aggregate.RecordedEvents;

    private static void Clear(IAggregate aggregate) => aggregate.ClearRecordedEvents();
}
