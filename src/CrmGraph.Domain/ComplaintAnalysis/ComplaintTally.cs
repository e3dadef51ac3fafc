namespace CrmGraph.Domain.ComplaintAnalysis;

/// <summary>
/// What grouped queries count about the complaints received in one period (or of one category, product… over a
/// period), and the backlog at its end.
/// </summary>
/// <param name="Received">Complaints received.</param>
/// <param name="FirstResponseDecided">Of them, those whose first-response promise is decided (met or breached).</param>
/// <param name="FirstResponseKept">Those of them that met it.</param>
/// <param name="ResolutionDecided">Of the complaints received, those whose resolution promise is decided.</param>
/// <param name="ResolutionKept">Those of them that met it.</param>
/// <param name="FirstResponses">Received to first response (acknowledgement or start of work), of those answered.</param>
/// <param name="Resolutions">Received to resolution, of those resolved now.</param>
/// <param name="EverResolved">Complaints received that were resolved at least once.</param>
/// <param name="Reopened">Complaints received that were reopened at least once.</param>
/// <param name="Escalated">Complaints received that were escalated at least once.</param>
/// <param name="OpenAtEnd">Complaints open (received, not resolved or closed) at the period's end, whenever received.</param>
public sealed record ComplaintTally(
    int Received,
    int FirstResponseDecided,
    int FirstResponseKept,
    int ResolutionDecided,
    int ResolutionKept,
    IReadOnlyList<DurationCount> FirstResponses,
    IReadOnlyList<DurationCount> Resolutions,
    int EverResolved,
    int Reopened,
    int Escalated,
    int OpenAtEnd);
