using CrmGraph.Data;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.History;
using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Pricing;
using CrmGraph.Domain.Satisfaction;
using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Common;

namespace CrmGraph.Server.Tests.Staff;

/// <summary>
/// A team made for one test, with work recorded through the domain at known instants of the first quarter
/// of 2019 (before any demo data): Ada (agent) and Ben (agent) handle complaints, Mia (service manager) and
/// Tia (technician) do nothing. The figures the tests expect are worked out by hand beside each record.
/// </summary>
internal sealed class PerformanceTeam
{
    public const string Password = "performance-test-password";

    public static readonly DateTimeOffset QuarterStart = new(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset QuarterEnd = new(2019, 4, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly CrmServerFixture _server;

    private PerformanceTeam(CrmServerFixture server, string name, IReadOnlyDictionary<string, StaffMember> members, int customerId)
    {
        _server = server;
        Name = name;
        Members = members;
        CustomerId = GlobalId.Encode("Customer", customerId);
    }

    public string Name { get; }

    /// <summary>The members by first name: Ada, Ben, Mia, Tia.</summary>
    public IReadOnlyDictionary<string, StaffMember> Members { get; }

    /// <summary>The team's own customer, whom all its work is about.</summary>
    public string CustomerId { get; }

    public static object Quarter => new { from = QuarterStart, to = QuarterEnd };

    public string IdOf(string member) => GlobalId.Encode("StaffMember", Members[member].Id);

    public static async Task<PerformanceTeam> CreateAsync(CrmServerFixture server)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var name = $"Performance {suffix}";
        var (members, customerId) = await server.InDatabaseAsync(async db =>
        {
            var staff = new Dictionary<string, StaffMember>
            {
                ["Ada"] = new("Ada Agent", $"ada.{suffix}@performance.example", StaffRole.Agent, name),
                ["Ben"] = new("Ben Agent", $"ben.{suffix}@performance.example", StaffRole.Agent, name),
                ["Mia"] = new("Mia Manager", $"mia.{suffix}@performance.example", StaffRole.ServiceManager, name),
                ["Tia"] = new("Tia Technician", $"tia.{suffix}@performance.example", StaffRole.Technician, name),
            };
            var customer = Customer.Create(
                $"PERF-{suffix}",
                new CustomerDetails($"Performance Customer {suffix}", CustomerKind.Organization, new ContactDetails(null, null, null, null), CustomerSegment.Standard, null, null),
                QuarterStart.AddYears(-1)).Value;
            db.StaffMembers.AddRange(staff.Values);
            db.Customers.Add(customer);
            await db.SaveChangesAsync();
            await RecordWorkAsync(db, suffix, customer.Id, staff["Ada"].Id, staff["Ben"].Id);
            return (staff, customer.Id);
        });
        foreach (var member in members.Values)
        {
            await server.CreateAccountAsync(member, Password);
        }

        return new PerformanceTeam(server, name, members, customerId);
    }

    /// <summary>Signs <paramref name="member"/> in through the real flow, asking for <paramref name="scope"/>.</summary>
    public async Task<GraphQLClient> SignInAsync(string member, string scope = OAuthClient.AllStaffScopes)
    {
        var token = await _server.OAuth.SignInStaffAsync(Members[member].Email, Password, scope);
        Assert.True(token.Error is null, $"Token request failed: {token.Body}");
        return _server.ClientWithToken(token.AccessToken);
    }

    private static async Task RecordWorkAsync(CrmDbContext db, string suffix, int customerId, int ada, int ben)
    {
        var day = new Func<int, int, int, int, DateTimeOffset>((month, dayOfMonth, hour, minute) => new DateTimeOffset(2019, month, dayOfMonth, hour, minute, 0, TimeSpan.Zero));
        var now = DateTimeOffset.UtcNow;
        var standard = new SlaTargets(TimeSpan.FromHours(8), TimeSpan.FromHours(72));
        var urgent = new SlaTargets(TimeSpan.FromHours(4), TimeSpan.FromHours(24));
        var relaxed = new SlaTargets(TimeSpan.FromHours(24), TimeSpan.FromHours(120));

        Complaint File(string number, SlaTargets targets, DateTimeOffset receivedAt, int assignee)
        {
            var complaint = Complaint.File($"PERF-{suffix}-{number}", customerId, null, null, ContactChannel.Phone, ComplaintCategory.Service, ComplaintSeverity.Medium, "Performance fixture.", targets, receivedAt, null).Value;
            Assert.Null(complaint.Assign(assignee, null, receivedAt));
            return complaint;
        }

        // Acknowledged (the first response) and taken into work at once; resolved later, unless no time is given.
        void Handle(Complaint complaint, int by, DateTimeOffset answeredAt, DateTimeOffset? resolvedAt)
        {
            Assert.Null(complaint.Acknowledge(by, answeredAt));
            Assert.Null(complaint.StartWork(by, answeredAt));
            if (resolvedAt is { } at)
            {
                Assert.Null(complaint.Resolve("Fixed.", ComplaintRootCause.ServiceProcess, null, by, at));
            }
        }

        // Ada. C1: answered after 2 h, resolved after 30 h, both on time.
        var c1 = File("C1", standard, day(1, 10, 9, 0), ada);
        Handle(c1, ada, day(1, 10, 11, 0), day(1, 11, 15, 0));

        // C2: answered after 6 h (4 h promised: breached), resolved after 20 h, reopened three days later.
        var c2 = File("C2", urgent, day(2, 1, 8, 0), ada);
        Handle(c2, ada, day(2, 1, 14, 0), day(2, 2, 4, 0));
        Assert.Null(c2.Reopen("It came back.", null, day(2, 5, 10, 0)));

        // C3: escalated unanswered, then taken into work after 4 h (the first response); never resolved, so
        // its resolution promise is broken.
        var c3 = File("C3", relaxed, day(3, 1, 10, 0), ada);
        Assert.Null(c3.Escalate("The customer asked for a manager.", ada, day(3, 1, 12, 0)));
        Assert.Null(c3.StartWork(ada, day(3, 1, 14, 0)));

        // C4: received before the quarter; answered (6 h) and resolved (48 h) within it.
        var c4 = File("C4", standard, new DateTimeOffset(2018, 12, 31, 20, 0, 0, TimeSpan.Zero), ada);
        Handle(c4, ada, day(1, 1, 2, 0), day(1, 2, 20, 0));

        // C5: received and answered (1 h) within the quarter, resolved on time just after it.
        var c5 = File("C5", standard, day(3, 31, 22, 0), ada);
        Handle(c5, ada, day(3, 31, 23, 0), new DateTimeOffset(2019, 4, 1, 2, 0, 0, TimeSpan.Zero));

        // Ben. C6: answered after 30 min, resolved after 2 h 30 min.
        var c6 = File("C6", standard, day(1, 15, 10, 0), ben);
        Handle(c6, ben, day(1, 15, 10, 30), day(1, 15, 12, 30));

        Complaint[] complaints = [c1, c2, c3, c4, c5, c6];
        foreach (var complaint in complaints)
        {
            // Decide every promise now, as the SLA monitor would, so that it has nothing left to change.
            complaint.DetectBreaches(now);
        }

        db.Complaints.AddRange(complaints);
        await db.SaveChangesAsync();

        SatisfactionSurvey Survey(int staffId, SurveyScale scale, int overall, DateTimeOffset at, params DimensionScore[] dimensions) =>
            SatisfactionSurvey.Submit(customerId, new SurveySubject(SurveySubjectKind.Complaint, c1.Id, customerId, staffId), staffId, FeedbackChannel.Questionnaire, scale, overall, dimensions, 9, null, at, at).Value;

        db.Surveys.AddRange(
            Survey(ada, SurveyScale.FiveLevel, 5, day(1, 12, 9, 0), new(ServiceQualityDimension.Tangibles, 4, 5), new(ServiceQualityDimension.Empathy, 5, null)),
            Survey(ada, SurveyScale.SevenLevel, 4, day(2, 10, 9, 0), new DimensionScore(ServiceQualityDimension.Tangibles, 7, null)),
            Survey(ada, SurveyScale.FiveLevel, 4, day(3, 15, 9, 0)),
            Survey(ada, SurveyScale.FiveLevel, 1, new DateTimeOffset(2019, 4, 2, 9, 0, 0, TimeSpan.Zero)),
            Survey(ben, SurveyScale.FiveLevel, 5, day(1, 16, 9, 0)));

        Interaction Contact(int staffId, DateTimeOffset at) =>
            Interaction.Record(customerId, ContactChannel.Phone, InteractionKind.FollowUp, InteractionOutcome.Completed, staffId, at, null, now).Value;

        db.Interactions.AddRange(Contact(ada, day(1, 20, 9, 0)), Contact(ada, day(3, 3, 9, 0)), Contact(ada, new DateTimeOffset(2019, 4, 5, 9, 0, 0, TimeSpan.Zero)));

        ServiceOrder Order(string number, decimal total, string currency, DateTimeOffset at)
        {
            var amount = new Money(total, currency);
            var quote = new Quote(customerId, 0, currency, at, [], amount, Money.Zero(currency), amount);
            return ServiceOrder.FromQuote($"PERF-{suffix}-{number}", quote, ada, null);
        }

        var cancelled = Order("O4", 1000m, "EUR", day(2, 20, 9, 0));
        cancelled.SettleAsCancelled();
        db.ServiceOrders.AddRange(
            Order("O1", 120.00m, "EUR", day(1, 21, 9, 0)),
            Order("O2", 80.50m, "EUR", day(2, 21, 9, 0)),
            Order("O3", 30.00m, "USD", day(3, 21, 9, 0)),
            cancelled,
            Order("O5", 500m, "EUR", new DateTimeOffset(2018, 12, 31, 23, 59, 59, TimeSpan.Zero)));
        await db.SaveChangesAsync();
    }
}
