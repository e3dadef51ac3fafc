namespace CrmGraph.Data.Seeding;

/// <summary>How much demo data to make. The small set is for trying the server; the large one for benchmarks.</summary>
public sealed record DemoDataSize(int Customers, int Interactions, int Orders, int Complaints, int Surveys)
{
    public static readonly DemoDataSize Small = new(Customers: 300, Interactions: 3_000, Orders: 900, Complaints: 240, Surveys: 600);

    public static readonly DemoDataSize Large = new(Customers: 10_000, Interactions: 100_000, Orders: 30_000, Complaints: 8_000, Surveys: 20_000);
}
