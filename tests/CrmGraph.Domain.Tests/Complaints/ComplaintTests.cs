using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.History;
using static CrmGraph.Domain.Tests.Complaints.ComplaintScenario;

namespace CrmGraph.Domain.Tests.Complaints;

public sealed class ComplaintTests
{
    [Fact]
    public void Filing_sets_the_promised_times_and_records_the_receipt()
    {
        var complaint = NewComplaint();

        Assert.Equal(ComplaintStatus.Received, complaint.Status);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 13, 0, 0, TimeSpan.Zero), complaint.FirstResponseDueAt);
        Assert.Equal(new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.Zero), complaint.ResolutionDueAt);
        Assert.Null(complaint.FirstResponseBreached);
        Assert.Null(complaint.ResolutionBreached);
        var filed = Assert.Single(complaint.Events);
        Assert.Equal((ComplaintEventKind.Filed, (ComplaintStatus?)null, (ComplaintStatus?)ComplaintStatus.Received, Received), (filed.Kind, filed.FromStatus, filed.ToStatus, filed.At));
    }

    [Fact]
    public void Filing_reports_every_missing_input()
    {
        var outcome = Complaint.File(
            " ", 42, null, null, ContactChannel.Email, ComplaintCategory.Other, ComplaintSeverity.Low, "", Targets, Received, null);

        Assert.Equal([("number", DomainErrorCodes.Validation), ("description", DomainErrorCodes.Validation)], outcome.Errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void A_description_longer_than_the_limit_is_refused()
    {
        var outcome = Complaint.File(
            "C-1", 42, null, null, ContactChannel.Email, ComplaintCategory.Other, ComplaintSeverity.Low,
            new string('x', Complaint.MaxTextLength + 1), Targets, Received, null);

        Assert.Equal("description", Assert.Single(outcome.Errors).Field);
    }

    [Fact]
    public void An_acknowledgement_in_time_meets_the_first_response_promise()
    {
        var complaint = NewComplaint();

        Assert.Null(complaint.Acknowledge(Agent, FirstResponseDue));

        Assert.False(complaint.FirstResponseBreached);
        Assert.Equal(FirstResponseDue, complaint.AcknowledgedAt);
        var acknowledged = complaint.Events.Last();
        Assert.Equal(
            (ComplaintEventKind.Acknowledged, (ComplaintStatus?)ComplaintStatus.Received, (ComplaintStatus?)ComplaintStatus.Acknowledged, (int?)Agent, FirstResponseDue),
            (acknowledged.Kind, acknowledged.FromStatus, acknowledged.ToStatus, acknowledged.ActorStaffId, acknowledged.At));
    }

    [Fact]
    public void A_late_acknowledgement_breaches_the_promise_and_says_so_in_the_trail()
    {
        var complaint = NewComplaint();
        var late = FirstResponseDue.AddMinutes(1);

        Assert.Null(complaint.Acknowledge(Agent, late));

        Assert.True(complaint.FirstResponseBreached);
        Assert.Equal(
            [ComplaintEventKind.Filed, ComplaintEventKind.Acknowledged, ComplaintEventKind.FirstResponseBreached],
            complaint.Events.Select(e => e.Kind));
        Assert.Equal(late, complaint.Events.Last().At);
    }

    [Fact]
    public void Only_the_first_response_counts()
    {
        var complaint = NewComplaint();
        complaint.Acknowledge(Agent, Received.AddHours(1));

        Assert.Null(complaint.StartWork(Agent, FirstResponseDue.AddHours(2)));

        Assert.Equal(Received.AddHours(1), complaint.AcknowledgedAt);
        Assert.False(complaint.FirstResponseBreached);
    }

    [Fact]
    public void Starting_work_after_an_escalation_is_the_first_response()
    {
        var complaint = NewComplaint();
        complaint.Escalate("Key account.", Agent, Received.AddMinutes(5));
        Assert.Null(complaint.AcknowledgedAt);

        complaint.StartWork(Agent, FirstResponseDue.AddHours(1));

        Assert.Equal(FirstResponseDue.AddHours(1), complaint.AcknowledgedAt);
        Assert.True(complaint.FirstResponseBreached);
    }

    [Fact]
    public void Resolving_an_unanswered_escalation_answers_it_as_well()
    {
        var complaint = NewComplaint();
        complaint.Escalate("Key account.", Agent, Received.AddMinutes(5));

        complaint.Resolve("Refunded.", ComplaintRootCause.StaffAttitude, null, Agent, Received.AddHours(2));

        Assert.Equal(Received.AddHours(2), complaint.AcknowledgedAt);
        Assert.False(complaint.FirstResponseBreached);
        Assert.False(complaint.ResolutionBreached);
    }

    [Fact]
    public void Resolving_records_the_outcome_root_cause_and_compensation()
    {
        var complaint = InStatus(ComplaintStatus.InProgress);
        var at = ResolutionDue.AddHours(-1);

        Assert.Null(complaint.Resolve("  Replaced the part.  ", ComplaintRootCause.ProductDefect, new Money(25m, "EUR"), Agent, at));

        Assert.Equal(ComplaintStatus.Resolved, complaint.Status);
        Assert.Equal("Replaced the part.", complaint.Resolution);
        Assert.Equal(ComplaintRootCause.ProductDefect, complaint.RootCause);
        Assert.Equal(new Money(25m, "EUR"), complaint.Compensation);
        Assert.Equal(at, complaint.ResolvedAt);
        Assert.False(complaint.ResolutionBreached);
        Assert.False(complaint.IsOpen);
        Assert.Equal("Replaced the part.", complaint.Events.Last().Note);
    }

    [Fact]
    public void A_late_resolution_breaches_the_promise()
    {
        var complaint = InStatus(ComplaintStatus.InProgress);

        complaint.Resolve("Done.", ComplaintRootCause.Other, null, Agent, ResolutionDue.AddTicks(1));

        Assert.True(complaint.ResolutionBreached);
        Assert.Equal(ComplaintEventKind.ResolutionBreached, complaint.Events.Last().Kind);
    }

    public static TheoryData<string, decimal, string, string> BadResolutions() => new()
    {
        { "", 0m, "EUR", "resolution" },
        { "Done.", -0.01m, "EUR", "compensation" },
        { "Done.", 10m, " ", "compensation" },
    };

    [Theory]
    [MemberData(nameof(BadResolutions))]
    public void A_resolution_needs_text_and_a_sound_compensation(string resolution, decimal amount, string currency, string field)
    {
        var complaint = InStatus(ComplaintStatus.InProgress);
        var eventsBefore = complaint.Events.Count;

        var error = complaint.Resolve(resolution, ComplaintRootCause.Other, new Money(amount, currency), Agent, Received.AddHours(5));

        Assert.Equal((DomainErrorCodes.Validation, field), (error?.Code, error?.Field));
        Assert.Equal(ComplaintStatus.InProgress, complaint.Status);
        Assert.Equal(eventsBefore, complaint.Events.Count);
    }

    [Fact]
    public void Closing_stamps_the_time()
    {
        var complaint = InStatus(ComplaintStatus.Resolved);

        complaint.Close(Agent, Received.AddHours(30));

        Assert.Equal(Received.AddHours(30), complaint.ClosedAt);
    }

    [Fact]
    public void Reopening_puts_the_complaint_back_into_work_and_reopens_an_on_time_resolution_promise()
    {
        var complaint = InStatus(ComplaintStatus.Closed);
        Assert.False(complaint.ResolutionBreached);

        Assert.Null(complaint.Reopen("Fault came back.", Agent, Received.AddHours(20)));

        Assert.True(complaint.IsOpen);
        Assert.Null(complaint.ResolvedAt);
        Assert.Null(complaint.ClosedAt);
        Assert.Null(complaint.ResolutionBreached);
        Assert.Equal("Fault came back.", complaint.Events.Last().Note);
        Assert.Single(complaint.DetectBreaches(ResolutionDue.AddMinutes(1)), e => e.Kind == ComplaintEventKind.ResolutionBreached);
    }

    [Fact]
    public void Reopening_keeps_a_breach_already_recorded()
    {
        var complaint = InStatus(ComplaintStatus.InProgress);
        complaint.Resolve("Done.", ComplaintRootCause.Other, null, Agent, ResolutionDue.AddHours(1));

        complaint.Reopen("Not fixed.", Agent, ResolutionDue.AddHours(2));

        Assert.True(complaint.ResolutionBreached);
        Assert.Empty(complaint.DetectBreaches(ResolutionDue.AddHours(3)));
    }

    [Theory]
    [InlineData(ComplaintStatus.Escalated)]
    [InlineData(ComplaintStatus.Reopened)]
    public void Escalating_and_reopening_need_a_reason(ComplaintStatus to)
    {
        var complaint = InStatus(to == ComplaintStatus.Escalated ? ComplaintStatus.InProgress : ComplaintStatus.Resolved);

        var error = to == ComplaintStatus.Escalated
            ? complaint.Escalate("  ", Agent, Received.AddHours(5))
            : complaint.Reopen("", Agent, Received.AddHours(5));

        Assert.Equal((DomainErrorCodes.Validation, "reason"), (error?.Code, error?.Field));
        Assert.NotEqual(to, complaint.Status);
    }

    [Fact]
    public void Nothing_can_be_dated_before_the_complaint_was_received()
    {
        var complaint = NewComplaint();

        var error = complaint.Acknowledge(Agent, Received.AddSeconds(-1));

        Assert.Equal((DomainErrorCodes.Validation, "at"), (error?.Code, error?.Field));
        Assert.Equal(ComplaintStatus.Received, complaint.Status);
    }

    [Fact]
    public void Assigning_records_who_took_over_without_changing_status()
    {
        var complaint = InStatus(ComplaintStatus.Acknowledged);

        Assert.Null(complaint.Assign(3, Agent, Received.AddHours(2)));
        Assert.Null(complaint.Assign(4, Agent, Received.AddHours(3)));

        Assert.Equal(4, complaint.AssigneeId);
        Assert.Equal(ComplaintStatus.Acknowledged, complaint.Status);
        var reassigned = complaint.Events.Last();
        Assert.Equal((ComplaintEventKind.Assigned, (ComplaintStatus?)null, (ComplaintStatus?)null), (reassigned.Kind, reassigned.FromStatus, reassigned.ToStatus));
        Assert.Equal("Assigned to staff member 4 (was 3).", reassigned.Note);
    }

    [Fact]
    public void Assigning_the_same_person_again_changes_nothing()
    {
        var complaint = NewComplaint();
        complaint.Assign(3, Agent, Received.AddHours(1));
        var eventsBefore = complaint.Events.Count;

        Assert.Null(complaint.Assign(3, Agent, Received.AddHours(2)));

        Assert.Equal(eventsBefore, complaint.Events.Count);
    }

    [Fact]
    public void A_resolved_complaint_cannot_be_assigned()
    {
        var complaint = InStatus(ComplaintStatus.Resolved);

        var error = complaint.Assign(3, Agent, Received.AddHours(5));

        Assert.Equal(DomainErrorCodes.InvalidTransition, error?.Code);
        Assert.Null(complaint.AssigneeId);
    }

    [Fact]
    public void Notes_are_added_in_any_status_but_never_empty()
    {
        var complaint = InStatus(ComplaintStatus.Closed);

        Assert.Null(complaint.AddNote(" Customer thanked us. ", Agent, Received.AddHours(40)));
        var error = complaint.AddNote(" ", Agent, Received.AddHours(41));

        var note = complaint.Events.Last();
        Assert.Equal((ComplaintEventKind.NoteAdded, "Customer thanked us."), (note.Kind, note.Note));
        Assert.Equal((DomainErrorCodes.Validation, "text"), (error?.Code, error?.Field));
    }

    [Fact]
    public void The_clock_marks_each_missed_promise_once()
    {
        var complaint = NewComplaint();

        Assert.Empty(complaint.DetectBreaches(FirstResponseDue));
        var firstResponse = Assert.Single(complaint.DetectBreaches(FirstResponseDue.AddMinutes(1)));
        Assert.Empty(complaint.DetectBreaches(FirstResponseDue.AddMinutes(2)));
        var resolution = Assert.Single(complaint.DetectBreaches(ResolutionDue.AddMinutes(1)));

        Assert.Equal((ComplaintEventKind.FirstResponseBreached, FirstResponseDue.AddMinutes(1)), (firstResponse.Kind, firstResponse.At));
        Assert.Equal("First response was due at 2026-04-01 13:00 +00:00.", firstResponse.Note);
        Assert.Equal(ComplaintEventKind.ResolutionBreached, resolution.Kind);
        Assert.True(complaint.FirstResponseBreached);
        Assert.True(complaint.ResolutionBreached);
        Assert.Equal(3, complaint.Events.Count);
    }

    [Fact]
    public void A_late_answer_after_a_detected_breach_adds_no_second_breach()
    {
        var complaint = NewComplaint();
        complaint.DetectBreaches(FirstResponseDue.AddMinutes(1));

        complaint.Acknowledge(Agent, FirstResponseDue.AddMinutes(30));

        Assert.True(complaint.FirstResponseBreached);
        Assert.Single(complaint.Events, e => e.Kind == ComplaintEventKind.FirstResponseBreached);
    }

    [Fact]
    public void Promises_kept_are_not_breached_by_the_clock()
    {
        var complaint = InStatus(ComplaintStatus.Resolved);

        Assert.Empty(complaint.DetectBreaches(ResolutionDue.AddDays(10)));
        Assert.False(complaint.FirstResponseBreached);
        Assert.False(complaint.ResolutionBreached);
    }
}
