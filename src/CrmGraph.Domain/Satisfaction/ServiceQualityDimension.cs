namespace CrmGraph.Domain.Satisfaction;

/// <summary>The five dimensions of service quality.</summary>
public enum ServiceQualityDimension
{
    Tangibles,
    Reliability,
    Responsiveness,
    Assurance,
    Empathy,
}
