namespace CrmGraph.Data.Seeding;

/// <summary>
/// Plans the demo relationship histories. Every encounter's time is decided before the customers are saved,
/// so each customer's last activity and lifecycle status are right from the first insert.
/// </summary>
internal sealed partial class DemoHistory(
    SeedRandom random,
    DateTimeOffset today,
    DemoDataSize size,
    IReadOnlyList<ServiceProduct> products,
    IReadOnlyList<Partner> partners,
    IReadOnlyList<StaffMember> staff)
{
    private readonly List<(int Customer, DateTimeOffset At)> _interactionPlan = [];
    private readonly List<(int Customer, DateTimeOffset At)> _orderPlan = [];
    private readonly List<(int Customer, DateTimeOffset At)> _complaintPlan = [];
    private readonly StaffMember[] _agents = staff.Where(s => s.Role is StaffRole.Agent or StaffRole.Technician).ToArray();

    public IReadOnlyList<Customer> PlanCustomers()
    {
        var customers = new List<Customer>(size.Customers);
        for (var i = 0; i < size.Customers; i++)
        {
            customers.Add(NewCustomer(i + 1));
        }

        PlanEncounters(customers, size.Interactions, _interactionPlan);
        PlanEncounters(customers, size.Orders, _orderPlan);
        PlanEncounters(customers, size.Complaints, _complaintPlan);
        foreach (var (index, at) in _interactionPlan.Concat(_complaintPlan))
        {
            customers[index].RecordActivity(at);
        }

        foreach (var (index, at) in _orderPlan.OrderBy(p => p.At))
        {
            customers[index].RecordPurchase(at);
        }

        AssignStanding(customers);
        return customers;
    }

    public IEnumerable<Interaction> Interactions(IReadOnlyList<Customer> customers)
    {
        foreach (var (index, at) in _interactionPlan)
        {
            var kind = random.Weighted(
                (InteractionKind.Inquiry, 30), (InteractionKind.Repair, 15), (InteractionKind.Maintenance, 15), (InteractionKind.FollowUp, 15),
                (InteractionKind.Sale, 10), (InteractionKind.SurveyInvite, 10), (InteractionKind.WinBackCall, 5));
            var channel = random.Weighted(
                (ContactChannel.Phone, 35), (ContactChannel.Email, 25), (ContactChannel.OnlineChat, 15), (ContactChannel.Visit, 10), (ContactChannel.Web, 10), (ContactChannel.Social, 5));
            var outcome = random.Weighted((InteractionOutcome.Completed, 70), (InteractionOutcome.FollowUpNeeded, 20), (InteractionOutcome.NoContact, 7), (InteractionOutcome.Escalated, 3));
            yield return Interaction.Record(customers[index].Id, channel, kind, outcome, random.Pick(_agents).Id, at, random.Pick(DemoNames.InteractionNotes), today).Value;
        }
    }

    private Customer NewCustomer(int number)
    {
        var organization = random.Chance(0.35);
        var name = organization
            ? $"{random.Pick(DemoNames.CompanyStems)} {random.Pick(DemoNames.CompanySuffixes)} {random.Pick(DemoNames.CompanyForms)}"
            : $"{random.Pick(DemoNames.FirstNames)} {random.Pick(DemoNames.LastNames)}";
        var (city, country) = random.Pick(DemoNames.Places);
        var mailbox = new string(name.ToLowerInvariant().Where(char.IsAsciiLetter).Take(16).ToArray());
        var details = new CustomerDetails(
            name,
            organization ? CustomerKind.Organization : CustomerKind.Person,
            new ContactDetails($"{mailbox}{number}@example.com", $"+49 40 {random.Between(100_000, 999_999)}", city, country),
            random.Weighted((CustomerSegment.Standard, 50), (CustomerSegment.QualitySensitive, 25), (CustomerSegment.PriceSensitive, 25)),
            random.Pick(_agents).Id,
            random.Chance(0.55) ? random.Pick(partners).Id : null);
        var createdAt = random.Between(today.AddYears(-3), today.AddDays(-3));
        return Customer.Create($"C-{number:000000}", details, createdAt).Value;
    }

    /// <summary>Spreads <paramref name="count"/> encounters over the customers, each after the customer joined.</summary>
    private void PlanEncounters(IReadOnlyList<Customer> customers, int count, List<(int Customer, DateTimeOffset At)> plan)
    {
        for (var i = 0; i < count; i++)
        {
            // Squaring the draw makes a few customers far busier than most, as in real books.
            var index = (int)(Math.Pow(random.Next(1_000_000) / 1_000_000.0, 2) * customers.Count);
            plan.Add((index, random.Between(customers[index].CreatedAt, today.AddHours(-1))));
        }
    }

    /// <summary>
    /// Loyalty follows from how much a customer bought, tiered by the default loyalty program; a share of buyers are
    /// at risk, churned or won back. Churn causes and times are derived, not drawn, so the rest of the history stays
    /// as it was.
    /// </summary>
    private void AssignStanding(IReadOnlyList<Customer> customers)
    {
        var lastOrders = _orderPlan.GroupBy(p => p.Customer).ToDictionary(g => g.Key, g => (Count: g.Count(), Last: g.Max(p => p.At)));
        var causes = Enum.GetValues<ChurnCause>();
        for (var i = 0; i < customers.Count; i++)
        {
            if (!lastOrders.TryGetValue(i, out var orders))
            {
                continue;
            }

            var customer = customers[i];
            var points = orders.Count * 120;
            var status = random.Weighted((CustomerStatus.Active, 70), (CustomerStatus.AtRisk, 12), (CustomerStatus.Churned, 10), (CustomerStatus.WonBack, 8));
            (ChurnCause, DateTimeOffset)? churn = status switch
            {
                // Churned some time after the last encounter; won back customers churned before their last order.
                CustomerStatus.Churned => (causes[i % causes.Length], Midway(customer.LastActivityAt, today)),
                CustomerStatus.WonBack => (causes[i % causes.Length], Midway(customer.CreatedAt, orders.Last)),
                _ => null,
            };
            customer.SetStanding(status, LoyaltyProgram.Default.TierFor(points), points, churn);
        }
    }

    private static DateTimeOffset Midway(DateTimeOffset from, DateTimeOffset to) => from + ((to - from) / 2);
}
