namespace CrmGraph.GraphQL.Common;

/// <summary>The <c>extensions.code</c> values of GraphQL errors raised by the CRM schema.</summary>
public static class ErrorCodes
{
    public const string InvalidId = "INVALID_ID";
    public const string NotFound = "NOT_FOUND";
    public const string PageSizeTooLarge = "PAGE_SIZE_TOO_LARGE";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidPagination = "INVALID_PAGINATION";
    public const string InvalidArgument = "BAD_USER_INPUT";
}
