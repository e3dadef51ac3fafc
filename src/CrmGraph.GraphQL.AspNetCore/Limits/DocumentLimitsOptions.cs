namespace CrmGraph.GraphQL.AspNetCore.Limits;

/// <summary>
/// What one GraphQL document may ask for, checked after the transport has read it and before it is validated or
/// run: its length, its tokens, how deep its fields nest, what it would cost, its aliases and repeated fields, its
/// page sizes, and whether it may look at the schema. A document over any limit is refused whole, with the limit's
/// <c>extensions.code</c> (see <see cref="DocumentLimitCodes"/>), and nothing of it runs.
/// </summary>
public sealed class DocumentLimitsOptions
{
    /// <summary>
    /// How many selection sets (fields, inline fragments and fragment spreads together) may nest inside each other,
    /// whatever the field depth, so that chains of fragments cannot exhaust the stack of the checks themselves.
    /// </summary>
    public const int MaxNesting = 200;

    /// <summary>The longest document accepted, in characters (default 32,768); a longer one is refused with <c>MAX_DOCUMENT_SIZE</c>.</summary>
    public int MaxDocumentLength { get; set; } = 32 * 1024;

    /// <summary>
    /// The most lexical tokens (names, values and punctuation; comments are not counted) a document may hold
    /// (default 4,000); more are refused with <c>MAX_TOKENS</c>. Tokens are counted before the document is parsed.
    /// </summary>
    public int MaxTokens { get; set; } = 4_000;

    /// <summary>
    /// How deep fields may nest, counting through fragments (default 15; <c>{ a { b } }</c> has depth 2, and the
    /// standard introspection query 13); deeper documents are refused with <c>MAX_DEPTH</c>. At most <see cref="MaxNesting"/>.
    /// </summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// The highest cost a document may have (default 25,000); a costlier one is refused with <c>MAX_COST</c> and its
    /// computed cost in the message. Every field costs 1 plus the cost of its selections times its multiplier: a
    /// field given a page-size argument (<see cref="PageSizeArguments"/>) multiplies by that size; a field that takes
    /// one but was not given it, or a list field, by <see cref="DefaultListSize"/>; a list directly inside a field that
    /// takes a page size (a connection's <c>edges</c> or <c>nodes</c>) is that page, so by 1; introspection fields by 1.
    /// </summary>
    public int MaxCost { get; set; } = 25_000;

    /// <summary>The most aliases a document may use (default 30); more are refused with <c>MAX_ALIASES</c>.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>
    /// How often one response key (or one fragment spread) may appear in one selection set, counting through inline
    /// fragments (default 5); more is refused with <c>DUPLICATE_FIELDS</c>. Repeats are legal GraphQL but only make
    /// validation and execution work harder.
    /// </summary>
    public int MaxFieldRepeats { get; set; } = 5;

    /// <summary>The arguments that give a field's page size, and so its cost multiplier (default <c>first</c> and <c>last</c>).</summary>
    public IReadOnlyCollection<string> PageSizeArguments { get; set; } = ["first", "last"];

    /// <summary>The size assumed for a list, or for a paged field given no page size (default 100, a usual maximum page size).</summary>
    public int DefaultListSize { get; set; } = 100;

    /// <summary>
    /// The largest page size a page-size argument may ask for, or null (the default) to leave that to the schema's
    /// resolvers. A larger one is refused with <c>PAGE_SIZE_TOO_LARGE</c> before anything runs, and counts at this
    /// size in the cost, so that the refusal names the page size rather than the cost.
    /// </summary>
    public int? MaxPageSize { get; set; }

    /// <summary>
    /// Let documents select <c>__schema</c> and <c>__type</c> (default false; <c>__typename</c> is always allowed).
    /// Refused ones get <c>INTROSPECTION_DISABLED</c>. Hosts usually allow it in Development.
    /// </summary>
    public bool AllowIntrospection { get; set; }

    /// <summary>
    /// Keep the "Did you mean …?" suggestions in validation messages (default false: they are cut off, since they
    /// reveal field, argument and type names to callers who cannot introspect). Hosts usually keep them in Development.
    /// </summary>
    public bool EnableFieldSuggestions { get; set; }

    /// <summary>Throws when a setting cannot work, so that a host fails at startup rather than on its first request.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDocumentLength, 1, nameof(MaxDocumentLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTokens, 1, nameof(MaxTokens));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDepth, 1, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxDepth, MaxNesting, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCost, 1, nameof(MaxCost));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxAliases, nameof(MaxAliases));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFieldRepeats, 1, nameof(MaxFieldRepeats));
        ArgumentOutOfRangeException.ThrowIfLessThan(DefaultListSize, 1, nameof(DefaultListSize));
        ArgumentNullException.ThrowIfNull(PageSizeArguments, nameof(PageSizeArguments));
        if (MaxPageSize is { } maxPageSize)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(maxPageSize, 1, nameof(MaxPageSize));
        }
    }
}
