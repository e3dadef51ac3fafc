namespace CrmGraph.GraphQL.Customers;

internal static class CustomerActivity
{
    /// <summary>
    /// Moves a customer's last-activity time forward in one atomic statement. Activity is not an edit of
    /// the customer's details, so it leaves the version alone and never conflicts with someone's edit.
    /// </summary>
    public static Task TouchAsync(CrmDbContext db, int customerId, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Customers
            .Where(c => c.Id == customerId && c.LastActivityAt < at)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.LastActivityAt, at), cancellationToken);
}
