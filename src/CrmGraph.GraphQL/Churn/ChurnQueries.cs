using CrmGraph.Application.Churn;
using CrmGraph.Domain.Customers;
using CrmGraph.GraphQL.Customers;
using GraphQL.Types.Relay;

namespace CrmGraph.GraphQL.Churn;

internal static class ChurnQueries
{
    /// <summary>Riskiest first; equal scores by id.</summary>
    private static readonly IReadOnlyList<SortKey<Customer>> ByRisk = [SortKey<Customer>.Descend(c => c.RiskScore), SortKey<Customer>.Ascending(c => c.Id)];

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<CustomerType>>>("atRiskCustomers")
            .Description(
                "Active, at-risk and won-back customers, riskiest first (then by id), ranked by their stored 'riskScore': it is refreshed " +
                "after every order, interaction and complaint change, and at least every Churn:RiskRefreshInterval. 'health' gives the score as of now.")
            .Argument<DecimalGraphType>("minScore", "Only customers whose stored risk score is at least this (0–100).")
            .PagedBy(
                ctx =>
                {
                    var minScore = ctx.GetArgument<decimal?>("minScore") ?? 0m;
                    if (minScore is < 0m or > 100m)
                    {
                        throw new ExecutionError($"'minScore' lies between 0 and 100 (got {minScore}).") { Code = ErrorCodes.InvalidArgument };
                    }

                    // Scores have two places, so a finer minimum means the next hundredth up (and stays exact where stored as hundredths).
                    var atLeast = Math.Ceiling(minScore * 100m) / 100m;
                    return ctx.Db().Customers.AsNoTracking().Where(CustomerRiskScores.Ranked).Where(c => c.RiskScore >= atLeast);
                },
                _ => ByRisk);
}
