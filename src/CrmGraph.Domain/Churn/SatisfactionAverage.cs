using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.Domain.Churn;

/// <summary>The average normalised (0–100) overall score of a customer's survey answers in one window.</summary>
public sealed record SatisfactionAverage(int Responses, decimal Average)
{
    /// <summary>Averages answers given as (scale, overall score, how many answered so); null when there are none.</summary>
    public static SatisfactionAverage? Of(IEnumerable<(SurveyScale Scale, int Score, int Count)> answers)
    {
        var responses = 0;
        var total = 0m;
        foreach (var (scale, score, count) in answers)
        {
            responses += count;
            total += SatisfactionMath.NormalisedScore(score, scale) * count;
        }

        return responses == 0 ? null : new SatisfactionAverage(responses, total / responses);
    }
}
