using CrmGraph.Application.Churn;
using CrmGraph.Domain.Churn;
using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Churn;

internal static class CustomerHealthLoader
{
    /// <summary>
    /// The health of the customer being resolved, scored now; every customer asked for on the same level is counted
    /// together by <see cref="HealthFactsQuery"/>, which answers for every customer.
    /// </summary>
    public static IDataLoaderResult<HealthScore> LoadHealth(this IResolveFieldContext<Customer> context)
    {
        var db = context.Db();
        var time = context.Service<TimeProvider>();
        return context.DataLoaders()
            .Batch<HealthSubject, HealthScore>("CustomerHealth", async (subjects, cancellationToken) =>
            {
                var now = time.GetUtcNow();
                var facts = await HealthFactsQuery.LoadAsync(db, subjects, now, cancellationToken).ConfigureAwait(false);
                return subjects.ToDictionary(s => s, s => ChurnRisk.Score(facts[s.CustomerId], now));
            })
            .LoadAsync(new HealthSubject(context.Source.Id, context.Source.CreatedAt))
            .Then(score => score!);
    }
}
