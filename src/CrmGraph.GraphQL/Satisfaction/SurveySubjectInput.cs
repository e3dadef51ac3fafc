namespace CrmGraph.GraphQL.Satisfaction;

/// <summary>The <c>about</c> field of <c>submitSurvey</c>'s input: exactly one id is given (a OneOf input).</summary>
public sealed class SurveySubjectInput
{
    public string? OrderId { get; set; }

    public string? ComplaintId { get; set; }

    public string? InteractionId { get; set; }
}
