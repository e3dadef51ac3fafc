using CrmGraph.Data;
using CrmGraph.Domain.Complaints;
using CrmGraph.GraphQL.Common;
using CrmGraph.GraphQL.Complaints;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.History;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Baseline;

/// <summary>A page of customers with account manager, partner, last interactions and open complaints: the reads of the GraphQL list page.</summary>
internal static class CustomerPage
{
    public static async Task<IResult> ReadAsync(CrmDbContext db, int first, CancellationToken cancellationToken)
    {
        var page = await db.Customers.AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id).Take(first + 1).ToListAsync(cancellationToken);
        var total = await db.Customers.CountAsync(cancellationToken);
        var ids = page.Take(first).Select(c => c.Id).ToList();
        var managerIds = page.Select(c => c.AccountManagerId).OfType<int>().Distinct().ToList();
        var partnerIds = page.Select(c => c.PartnerId).OfType<int>().Distinct().ToList();
        var managers = await db.StaffMembers.AsNoTracking().Where(s => managerIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var partners = await db.Partners.AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var interactions = (await InteractionType.ByCustomer.FirstOfEach(db.Customers, c => c.Id, db.Interactions.AsNoTracking(), ids, 6).ToListAsync(cancellationToken))
            .ToLookup(i => i.CustomerId);
        var complaints = (await ComplaintType.ByCustomer.FirstOfEach(db.Customers, c => c.Id, db.Complaints.AsNoTracking().Where(ComplaintConditions.Open), ids, 6).ToListAsync(cancellationToken))
            .ToLookup(c => c.CustomerId);

        var edges = page.Take(first).Select(c => new
        {
            node = new
            {
                id = GlobalId.Encode(CustomerType.TypeName, c.Id),
                name = c.Name,
                status = c.Status.ToString(),
                accountManager = c.AccountManagerId is { } m ? new { name = managers[m] } : null,
                partner = c.PartnerId is { } p ? new { name = partners[p] } : null,
                interactions = new { edges = InteractionType.ByCustomer.InOrder(interactions[c.Id]).Take(5).Select(i => new { node = new { kind = i.Kind.ToString(), occurredAt = i.OccurredAt } }) },
                complaints = new { edges = ComplaintType.ByCustomer.InOrder(complaints[c.Id]).Take(5).Select(x => new { node = new { number = x.Number, status = x.Status.ToString(), severity = x.Severity.ToString() } }) },
            },
        });
        return Results.Json(new { data = new { customers = new { totalCount = total, edges } } });
    }
}
