namespace CrmGraph.Domain.Satisfaction;

/// <summary>
/// One dimension's answers on one scale, added up as raw scores: the perceptions, the expectations, and the
/// perceptions of just those answers that gave an expectation too, so that the gap compares like with like.
/// </summary>
public sealed record DimensionSums(int Perceptions, long PerceptionSum, int Expectations, long ExpectationSum, long PairedPerceptionSum)
{
    public static readonly DimensionSums None = new(0, 0, 0, 0, 0);
}
