namespace CrmGraph.Domain.Staff;

/// <summary>
/// Counts and summed durations of the complaints assigned to one staff member, for one period, as grouped
/// queries return them.
/// </summary>
/// <param name="Assigned">Their complaints received in the period.</param>
/// <param name="FirstResponses">Their complaints first answered (acknowledged or taken into work) in the period.</param>
/// <param name="FirstResponseSeconds">Received to first answer, summed over those.</param>
/// <param name="Resolutions">Resolutions of their complaints in the period; one resolved again after a reopen counts again.</param>
/// <param name="ResolutionSeconds">Received to resolved, summed over those resolutions.</param>
/// <param name="ReopenedResolutions">Those resolutions that a reopen undid later.</param>
/// <param name="PromisesDecided">Their complaints received in the period with at least one promised time decided (met or breached).</param>
/// <param name="PromisesKept">Those of them with no promise breached.</param>
public sealed record ComplaintWork(
    int Assigned,
    int FirstResponses,
    long FirstResponseSeconds,
    int Resolutions,
    long ResolutionSeconds,
    int ReopenedResolutions,
    int PromisesDecided,
    int PromisesKept)
{
    public static readonly ComplaintWork None = new(0, 0, 0, 0, 0, 0, 0, 0);
}
