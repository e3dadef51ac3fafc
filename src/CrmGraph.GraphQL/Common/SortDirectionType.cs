namespace CrmGraph.GraphQL.Common;

public enum SortDirection
{
    Asc,
    Desc,
}
