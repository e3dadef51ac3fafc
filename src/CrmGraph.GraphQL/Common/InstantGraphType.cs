using GraphQL.Types;

namespace CrmGraph.GraphQL.Common;

/// <summary>Instants as ISO-8601 strings with an offset, named <c>DateTime</c> as front-end teams expect.</summary>
public sealed class InstantGraphType : DateTimeOffsetGraphType
{
    public InstantGraphType()
    {
        Name = "DateTime";
        Description = "An instant as an ISO-8601 string with offset, e.g. 2026-03-01T09:30:00+00:00.";
    }
}
