namespace CrmGraph.GraphQL.ComplaintAnalysis;

/// <summary>Complaints received with one full key, and how their promised times went.</summary>
internal sealed record ComplaintCountRow(
    ComplaintKey Key,
    int Received,
    int FirstResponseDecided,
    int FirstResponseKept,
    int ResolutionDecided,
    int ResolutionKept,
    int PromisesDecided,
    int PromisesKept);
