namespace CrmGraph.Domain.Satisfaction;

/// <summary>The answer scale of a survey; the value is the number of levels.</summary>
public enum SurveyScale
{
    FiveLevel = 5,
    SevenLevel = 7,
}
