using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Retention;

/// <summary>
/// Churns or win-backs recorded in one period of one group, for one cause, of customers created in
/// <see cref="JoinedPeriod"/>.
/// </summary>
internal sealed record CustomerMovementRow(RetentionKey Key, CustomerEventKind Kind, ChurnCause? Cause, int JoinedPeriod, int Customers);
