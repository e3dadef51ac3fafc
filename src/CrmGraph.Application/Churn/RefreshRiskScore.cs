using CrmGraph.Application.Events;

namespace CrmGraph.Application.Churn;

/// <summary>Re-scores the customer's stored churn risk after an event that moves it.</summary>
public sealed class RefreshRiskScore(CustomerRiskScores riskScores) : IEventHandler
{
    public Task HandleAsync(DispatchedEvent dispatched, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatched);
        return riskScores.RefreshAsync(dispatched.CustomerId, cancellationToken);
    }
}
