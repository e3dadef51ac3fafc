namespace CrmGraph.Application.Churn;

/// <summary>A customer whose health is asked for, with the time it joined (the measure of silence before a first order).</summary>
public readonly record struct HealthSubject(int CustomerId, DateTimeOffset CustomerSince);
