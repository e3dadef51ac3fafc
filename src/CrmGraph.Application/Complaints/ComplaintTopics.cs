namespace CrmGraph.Application.Complaints;

/// <summary>The event bus topics complaint notices travel on.</summary>
public static class ComplaintTopics
{
    public const string Complaints = "complaints";
}
