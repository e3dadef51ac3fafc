using CrmGraph.Domain.Complaints;
using static CrmGraph.Domain.Complaints.ComplaintStatus;

namespace CrmGraph.Domain.Tests.Complaints;

public sealed class ComplaintTransitionsTests
{
    // Written out independently of the product's table so that a change to either shows up here.
    private static readonly HashSet<(ComplaintStatus From, ComplaintStatus To)> Legal =
    [
        (Received, Acknowledged), (Received, Escalated),
        (Acknowledged, InProgress), (Acknowledged, Escalated),
        (InProgress, Resolved), (InProgress, Escalated),
        (Escalated, InProgress), (Escalated, Resolved),
        (Resolved, Closed), (Resolved, Reopened),
        (Closed, Reopened),
        (Reopened, InProgress), (Reopened, Escalated), (Reopened, Resolved),
    ];

    public static TheoryData<ComplaintStatus, ComplaintStatus> AllPairs() => Pairs(_ => true);

    // No action leads back to Received; the table test covers those pairs.
    public static TheoryData<ComplaintStatus, ComplaintStatus> PairsWithAnAction() => Pairs(to => to != Received);

    private static TheoryData<ComplaintStatus, ComplaintStatus> Pairs(Func<ComplaintStatus, bool> includeTarget)
    {
        var pairs = new TheoryData<ComplaintStatus, ComplaintStatus>();
        foreach (var from in Enum.GetValues<ComplaintStatus>())
        {
            foreach (var to in Enum.GetValues<ComplaintStatus>().Where(includeTarget))
            {
                pairs.Add(from, to);
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void The_table_allows_exactly_the_legal_moves(ComplaintStatus from, ComplaintStatus to) =>
        Assert.Equal(Legal.Contains((from, to)), ComplaintTransitions.IsAllowed(from, to));

    [Theory]
    [MemberData(nameof(PairsWithAnAction))]
    public void A_complaint_makes_exactly_the_legal_moves(ComplaintStatus from, ComplaintStatus to)
    {
        var complaint = ComplaintScenario.InStatus(from);
        var eventsBefore = complaint.Events.Count;

        var error = ComplaintScenario.MoveTo(complaint, to, ComplaintScenario.Received.AddHours(10));

        if (Legal.Contains((from, to)))
        {
            Assert.Null(error);
            Assert.Equal(to, complaint.Status);
            var moved = complaint.Events.Last(e => e.ToStatus is not null);
            Assert.Equal((from, to), (moved.FromStatus, moved.ToStatus));
        }
        else
        {
            Assert.NotNull(error);
            Assert.Equal(DomainErrorCodes.InvalidTransition, error.Code);
            Assert.Contains($"from {from} to {to}", error.Message, StringComparison.Ordinal);
            Assert.Equal(from, complaint.Status);
            Assert.Equal(eventsBefore, complaint.Events.Count);
        }
    }
}
