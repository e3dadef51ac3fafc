namespace CrmGraph.GraphQL.AspNetCore.Limits;

/// <summary>The <c>extensions.code</c> of each refusal by <see cref="DocumentLimitsOptions"/>.</summary>
public static class DocumentLimitCodes
{
    public const string MaxDocumentSize = "MAX_DOCUMENT_SIZE";
    public const string MaxTokens = "MAX_TOKENS";
    public const string MaxDepth = "MAX_DEPTH";
    public const string MaxCost = "MAX_COST";
    public const string MaxAliases = "MAX_ALIASES";
    public const string DuplicateFields = "DUPLICATE_FIELDS";
    public const string PageSizeTooLarge = "PAGE_SIZE_TOO_LARGE";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
}
