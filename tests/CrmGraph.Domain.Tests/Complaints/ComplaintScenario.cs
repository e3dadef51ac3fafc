using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.History;

namespace CrmGraph.Domain.Tests.Complaints;

/// <summary>A complaint received at a known time with known promises, and the moves that drive it.</summary>
internal static class ComplaintScenario
{
    public const int Agent = 7;
    public static readonly DateTimeOffset Received = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly SlaTargets Targets = new(TimeSpan.FromHours(4), TimeSpan.FromHours(24));

    public static DateTimeOffset FirstResponseDue => Received + Targets.FirstResponse;

    public static DateTimeOffset ResolutionDue => Received + Targets.Resolution;

    public static Complaint NewComplaint() =>
        Complaint.File(
            "C-1001", 42, 10, null, ContactChannel.Phone, ComplaintCategory.Service, ComplaintSeverity.High,
            "Technician did not show up.", Targets, Received, null).Value;

    /// <summary>Performs the one action that leads to <paramref name="to"/>.</summary>
    public static DomainError? MoveTo(Complaint complaint, ComplaintStatus to, DateTimeOffset at) => to switch
    {
        ComplaintStatus.Acknowledged => complaint.Acknowledge(Agent, at),
        ComplaintStatus.InProgress => complaint.StartWork(Agent, at),
        ComplaintStatus.Escalated => complaint.Escalate("Customer asked for a manager.", Agent, at),
        ComplaintStatus.Resolved => complaint.Resolve("Visit rescheduled and done.", ComplaintRootCause.ServiceProcess, null, Agent, at),
        ComplaintStatus.Closed => complaint.Close(Agent, at),
        ComplaintStatus.Reopened => complaint.Reopen("Fault came back.", Agent, at),
        _ => throw new ArgumentOutOfRangeException(nameof(to), to, "No action leads back to this status."),
    };

    /// <summary>A fresh complaint brought to <paramref name="status"/> along an ordinary path, one hour per step.</summary>
    public static Complaint InStatus(ComplaintStatus status)
    {
        ComplaintStatus[] path = status switch
        {
            ComplaintStatus.Received => [],
            ComplaintStatus.Acknowledged => [ComplaintStatus.Acknowledged],
            ComplaintStatus.InProgress => [ComplaintStatus.Acknowledged, ComplaintStatus.InProgress],
            ComplaintStatus.Escalated => [ComplaintStatus.Escalated],
            ComplaintStatus.Resolved => [ComplaintStatus.Acknowledged, ComplaintStatus.InProgress, ComplaintStatus.Resolved],
            ComplaintStatus.Closed => [ComplaintStatus.Acknowledged, ComplaintStatus.InProgress, ComplaintStatus.Resolved, ComplaintStatus.Closed],
            ComplaintStatus.Reopened => [ComplaintStatus.Acknowledged, ComplaintStatus.InProgress, ComplaintStatus.Resolved, ComplaintStatus.Reopened],
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };
        var complaint = NewComplaint();
        for (var step = 0; step < path.Length; step++)
        {
            Assert.Null(MoveTo(complaint, path[step], Received.AddHours(step + 1)));
        }

        Assert.Equal(status, complaint.Status);
        return complaint;
    }
}
