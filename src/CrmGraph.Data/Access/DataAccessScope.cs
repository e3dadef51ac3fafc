namespace CrmGraph.Data.Access;

/// <summary>
/// Which customers the current unit of work may see. It starts seeing nothing, so work whose caller was never
/// established reads no customer data; it is established once per request or background job and then fixed.
/// </summary>
public sealed class DataAccessScope
{
    public DataAccessKind Kind { get; private set; } = DataAccessKind.Nothing;

    /// <summary>The partner whose customers are visible when <see cref="Kind"/> is <see cref="DataAccessKind.Partner"/>.</summary>
    public int PartnerId { get; private set; }

    /// <summary>A scope for the server's own work (seeding, migrations, background jobs).</summary>
    public static DataAccessScope Everything()
    {
        var scope = new DataAccessScope();
        scope.AllowEverything();
        return scope;
    }

    public void AllowEverything() => Establish(DataAccessKind.Everything, 0);

    public void RestrictToPartner(int partnerId) => Establish(DataAccessKind.Partner, partnerId);

    private void Establish(DataAccessKind kind, int partnerId)
    {
        // A unit of work's model is chosen on first use; changing who it serves afterwards would be unsafe.
        if (Kind != DataAccessKind.Nothing && (Kind != kind || PartnerId != partnerId))
        {
            throw new InvalidOperationException("The data access scope of this unit of work was already established.");
        }

        Kind = kind;
        PartnerId = partnerId;
    }
}
