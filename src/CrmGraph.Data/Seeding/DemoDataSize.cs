namespace CrmGraph.Data.Seeding;

/// <summary>How much demo data to make. The small set is for trying the server; the large ones for benchmarks.</summary>
public sealed record DemoDataSize(int Customers, int Interactions, int Orders, int Complaints, int Surveys)
{
    public static readonly DemoDataSize Small = new(Customers: 300, Interactions: 3_000, Orders: 900, Complaints: 240, Surveys: 600);

    public static readonly DemoDataSize Large = OfCustomers(10_000);

    /// <summary>
    /// <paramref name="customers"/> customers and the rest in the large seed's proportions: ten interactions, three
    /// orders, two surveys and 0.8 complaints per customer.
    /// </summary>
    public static DemoDataSize OfCustomers(int customers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(customers, 1);
        return new(customers, Interactions: customers * 10, Orders: customers * 3, Complaints: customers * 4 / 5, Surveys: customers * 2);
    }
}
