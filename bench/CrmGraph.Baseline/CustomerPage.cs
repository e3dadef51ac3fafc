using CrmGraph.Data;
using CrmGraph.Application.Complaints;
using CrmGraph.GraphQL.Common;
using CrmGraph.GraphQL.Complaints;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.History;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Baseline;

/// <summary>
/// A page of customers with account manager, partner, last interactions and open complaints, as a careful engineer
/// would read it by hand: one projected statement for the page with both names, a compiled count, and one windowed
/// statement each for the interactions and the open complaints of the whole page.
/// </summary>
internal static class CustomerPage
{
    // The count runs on every page; compiled once, it skips query translation and the cache lookup.
    private static readonly Func<CrmDbContext, CancellationToken, Task<int>> CountCustomers =
        EF.CompileAsyncQuery((CrmDbContext db, CancellationToken _) => db.Customers.Count());

    public static async Task<IResult> ReadAsync(CrmDbContext db, int first, CancellationToken cancellationToken)
    {
        // One statement for the page: only the columns written, the two names joined in, nothing tracked.
        var page = await db.Customers.AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id).Take(first)
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.Status,
                Manager = db.StaffMembers.Where(s => s.Id == c.AccountManagerId).Select(s => s.Name).FirstOrDefault(),
                Partner = db.Partners.Where(p => p.Id == c.PartnerId).Select(p => p.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var total = await CountCustomers(db, cancellationToken);
        var ids = page.Select(c => c.Id).ToList();
        var interactions = (await InteractionType.ByCustomer.FirstOfEach(db.Customers, c => c.Id, db.Interactions.AsNoTracking(), ids, 5).ToListAsync(cancellationToken))
            .ToLookup(i => i.CustomerId);
        var complaints = (await ComplaintType.ByCustomer.FirstOfEach(db.Customers, c => c.Id, db.Complaints.AsNoTracking().Where(ComplaintConditions.Open), ids, 5).ToListAsync(cancellationToken))
            .ToLookup(c => c.CustomerId);

        var edges = page.Select(c => new
        {
            node = new
            {
                id = GlobalId.Encode(CustomerType.TypeName, c.Id),
                name = c.Name,
                status = c.Status.ToString(),
                accountManager = c.Manager is { } manager ? new { name = manager } : null,
                partner = c.Partner is { } partner ? new { name = partner } : null,
                interactions = new { edges = InteractionType.ByCustomer.InOrder(interactions[c.Id]).Take(5).Select(i => new { node = new { kind = i.Kind.ToString(), occurredAt = i.OccurredAt } }) },
                complaints = new { edges = ComplaintType.ByCustomer.InOrder(complaints[c.Id]).Take(5).Select(x => new { node = new { number = x.Number, status = x.Status.ToString(), severity = x.Severity.ToString() } }) },
            },
        });
        return Results.Json(new { data = new { customers = new { totalCount = total, edges } } });
    }
}
