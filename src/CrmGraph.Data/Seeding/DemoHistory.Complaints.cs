namespace CrmGraph.Data.Seeding;

internal sealed partial class DemoHistory
{
    private static readonly ComplaintStatus[] LifecycleTargets = Enum.GetValues<ComplaintStatus>();

    /// <summary>Complaints in every state of the lifecycle, each walked there through the domain's transitions.</summary>
    public IEnumerable<Complaint> Complaints(IReadOnlyList<Customer> customers)
    {
        var number = 0;
        foreach (var (index, at) in _complaintPlan)
        {
            var customer = customers[index];
            var product = random.Chance(0.6) ? random.Pick(products) : null;
            var severity = random.Weighted((ComplaintSeverity.Low, 30), (ComplaintSeverity.Medium, 40), (ComplaintSeverity.High, 22), (ComplaintSeverity.Critical, 8));
            var targets = SlaPolicy.Default.TargetsFor(severity, product?.Terms, customer.LoyaltyTier);
            var complaint = Complaint.File(
                $"CMP-{++number:000000}",
                customer.Id,
                product?.Id,
                serviceOrderId: null,
                random.PickEnum<ContactChannel>(),
                random.PickEnum<ComplaintCategory>(),
                severity,
                random.Pick(DemoNames.ComplaintDescriptions),
                targets,
                at,
                actor: null).Value;

            // Older complaints have had time to travel further through the lifecycle.
            var target = at < today.AddDays(-30) && random.Chance(0.7)
                ? random.Weighted((ComplaintStatus.Closed, 6), (ComplaintStatus.Resolved, 2), (ComplaintStatus.Reopened, 1))
                : random.Pick(LifecycleTargets);
            WalkTo(complaint, target, at, targets);
            complaint.DetectBreaches(today);
            yield return complaint;
        }
    }

    /// <summary>Moves a complaint through the transitions that lead to <paramref name="target"/>, never past today.</summary>
    private void WalkTo(Complaint complaint, ComplaintStatus target, DateTimeOffset filedAt, SlaTargets targets)
    {
        var handler = random.Pick(_agents).Id;
        var steps = new List<(TimeSpan Typical, Func<DateTimeOffset, DomainError?> Act)>
        {
            (targets.FirstResponse, at => complaint.Acknowledge(handler, at)),
            (TimeSpan.FromMinutes(30), at => complaint.Assign(handler, handler, at)),
            (TimeSpan.FromHours(2), at => complaint.StartWork(handler, at)),
        };
        (TimeSpan, Func<DateTimeOffset, DomainError?>) resolve = (targets.Resolution / 2, at => complaint.Resolve(
            random.Pick(DemoNames.Resolutions),
            random.PickEnum<ComplaintRootCause>(),
            random.Chance(0.3) ? new Money(random.Between(2, 20) * 10m, "EUR") : null,
            handler,
            at));
        switch (target)
        {
            case ComplaintStatus.Received:
                steps.Clear();
                break;
            case ComplaintStatus.Acknowledged:
                steps.RemoveRange(1, 2);
                break;
            case ComplaintStatus.Escalated:
                steps.Add((TimeSpan.FromHours(4), at => complaint.Escalate("Customer asked for a manager.", handler, at)));
                break;
            case ComplaintStatus.Resolved:
                steps.Add(resolve);
                break;
            case ComplaintStatus.Closed:
                steps.Add(resolve);
                steps.Add((TimeSpan.FromDays(3), at => complaint.Close(handler, at)));
                break;
            case ComplaintStatus.Reopened:
                steps.Add(resolve);
                steps.Add((TimeSpan.FromDays(5), at => complaint.Reopen("The fault came back.", null, at)));
                break;
        }

        var clock = filedAt;
        foreach (var (typical, act) in steps)
        {
            // Some steps come late: up to one and a half times the typical time, so some promises are broken.
            clock = clock.AddMinutes(random.Between(5, Math.Max(10, (int)(typical.TotalMinutes * 1.5))));
            if (clock > today.AddHours(-1) || act(clock) is not null)
            {
                return;
            }
        }
    }
}
