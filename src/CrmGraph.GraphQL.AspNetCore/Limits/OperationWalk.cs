using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace CrmGraph.GraphQL.AspNetCore.Limits;

/// <summary>
/// Measures one operation in a single walk through its selections, looking through fragments: field depth, cost,
/// aliases, repeated response keys, oversized page sizes and introspection. Each fragment is measured once and
/// remembered, so fragments spread many times cost the walk nothing more; a fragment spread inside itself adds
/// nothing (validation refuses the cycle), and the walk stops going deeper once a document is too deep anyway.
/// </summary>
internal sealed class OperationWalk
{
    private readonly DocumentLimitsOptions _limits;
    private readonly ISchema _schema;
    private readonly GraphQLOperationDefinition _operation;
    private readonly Inputs _variables;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _measuredFragments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _openFragments = new(StringComparer.Ordinal);

    private OperationWalk(DocumentLimitsOptions limits, ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs variables)
    {
        _limits = limits;
        _schema = schema;
        _operation = operation;
        _variables = variables;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>The deepest field, counting from 1 for the operation's own fields; past <see cref="DocumentLimitsOptions.MaxDepth"/> the walk stopped counting.</summary>
    public int Depth { get; private set; }

    public double Cost { get; private set; }

    /// <summary>True when selection sets nest deeper than <see cref="DocumentLimitsOptions.MaxNesting"/>; the walk stopped there.</summary>
    public bool TooNested { get; private set; }

    public int Aliases { get; private set; }

    /// <summary>The first selection whose response key appears too often in its selection set, and that key.</summary>
    public (ASTNode Node, string Key)? Repeated { get; private set; }

    /// <summary>The first page-size argument over <see cref="DocumentLimitsOptions.MaxPageSize"/>, and its size.</summary>
    public (GraphQLArgument Argument, double Size)? OversizedPage { get; private set; }

    /// <summary>The first <c>__schema</c> or <c>__type</c> field, when introspection is not allowed.</summary>
    public GraphQLField? Introspection { get; private set; }

    public static OperationWalk Measure(DocumentLimitsOptions limits, ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs variables)
    {
        var walk = new OperationWalk(limits, schema, document, operation, variables);
        IGraphType? root = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => null,
        };
        var measure = walk.MeasureSet(operation.SelectionSet, root, new Place(PagedParent: false, Introspection: false, Depth: 0, Nesting: 0));
        walk.Depth = measure.Depth;
        walk.Cost = measure.Cost;
        return walk;
    }

    /// <summary>A selection set with a repeat count of its own; inline fragments share their parent's.</summary>
    private Tally MeasureSet(GraphQLSelectionSet set, IGraphType? type, Place place) =>
        MeasureSelections(set, type, place, new Dictionary<string, int>(StringComparer.Ordinal));

    private Tally MeasureSelections(GraphQLSelectionSet set, IGraphType? type, Place place, Dictionary<string, int> keys)
    {
        if (place.Nesting > DocumentLimitsOptions.MaxNesting)
        {
            TooNested = true;
            return default;
        }

        var total = default(Tally);
        foreach (var selection in set.Selections)
        {
            var measure = selection switch
            {
                GraphQLField field => MeasureField(field, type, place, keys),
                GraphQLInlineFragment inline => MeasureSelections(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? type, place.Nested(), keys),
                GraphQLFragmentSpread spread => MeasureSpread(spread, place, keys),
                _ => default,
            };
            total = new Tally(Math.Max(total.Depth, measure.Depth), total.Cost + measure.Cost);
        }

        return total;
    }

    private Tally MeasureField(GraphQLField field, IGraphType? parent, Place place, Dictionary<string, int> keys)
    {
        Count(keys, (field.Alias?.Name ?? field.Name).StringValue, field);
        if (field.Alias is not null)
        {
            Aliases++;
        }

        var name = field.Name.Value.Span;
        var introspection = place.Introspection || name.StartsWith("__", StringComparison.Ordinal);
        if (!_limits.AllowIntrospection && Introspection is null && (name.SequenceEqual("__schema") || name.SequenceEqual("__type")))
        {
            Introspection = field;
        }

        // Past the limit the document is refused anyway: counting further would only deepen the walk.
        if (field.SelectionSet is null || place.Depth >= _limits.MaxDepth)
        {
            return new Tally(1, 1);
        }

        var definition = (parent as IComplexGraphType)?.GetField(field.Name.Value);
        var multiplier = introspection ? 1 : Multiplier(field, definition, place.PagedParent);
        var inner = MeasureSet(
            field.SelectionSet,
            definition?.ResolvedType?.GetNamedType(),
            new Place(IsPaged(definition), introspection, place.Depth + 1, place.Nesting + 1));
        return new Tally(1 + inner.Depth, 1 + (multiplier * inner.Cost));
    }

    private Tally MeasureSpread(GraphQLFragmentSpread spread, Place place, Dictionary<string, int> keys)
    {
        var name = spread.FragmentName.Name.StringValue;
        Count(keys, "..." + name, spread);
        if (_measuredFragments.TryGetValue(name, out var known))
        {
            return known;
        }

        // An unknown fragment, or one spread inside itself: validation refuses both, so they add nothing here.
        if (!_fragments.TryGetValue(name, out var fragment) || !_openFragments.Add(name))
        {
            return default;
        }

        var measure = MeasureSet(fragment.SelectionSet, TypeOf(fragment.TypeCondition), place.Nested());
        _openFragments.Remove(name);
        _measuredFragments[name] = measure;
        return measure;
    }

    private void Count(Dictionary<string, int> keys, string key, ASTNode node)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(keys, key, out _);
        count++;
        if (count > _limits.MaxFieldRepeats && Repeated is null)
        {
            Repeated = (node, key);
        }
    }

    /// <summary>How many times the field's selections are resolved: its page size, or an assumed list size, or 1.</summary>
    private double Multiplier(GraphQLField field, FieldType? definition, bool pagedParent)
    {
        if (PageSize(field) is { } size)
        {
            return size;
        }

        if (IsPaged(definition))
        {
            return _limits.DefaultListSize;
        }

        // A list directly inside a paged field (a connection's edges or nodes) is the page already counted.
        return IsList(definition?.ResolvedType) && !pagedParent ? _limits.DefaultListSize : 1;
    }

    /// <summary>The largest page size the field is given, at most <see cref="DocumentLimitsOptions.MaxPageSize"/>; null when it is given none.</summary>
    private double? PageSize(GraphQLField field)
    {
        double? largest = null;
        foreach (var argument in field.Arguments?.Items ?? [])
        {
            if (!IsPageSizeArgument(argument.Name) || Number(argument.Value) is not { } size)
            {
                continue;
            }

            if (_limits.MaxPageSize is { } max && size > max)
            {
                OversizedPage ??= (argument, size);
                size = max;
            }

            largest = Math.Max(largest ?? 0, Math.Max(size, 0));
        }

        return largest;
    }

    private bool IsPaged(FieldType? definition) =>
        definition?.Arguments?.Any(argument => IsPageSizeArgument(argument.Name)) == true;

    private bool IsPageSizeArgument(ROM name)
    {
        foreach (var candidate in _limits.PageSizeArguments)
        {
            if (name.Span.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsList(IGraphType? type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;

    private double? Number(GraphQLValue value) => value switch
    {
        GraphQLIntValue literal => double.Parse(literal.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        GraphQLVariable variable => VariableNumber(variable.Name.StringValue),
        _ => null,
    };

    /// <summary>The request's value of a variable, or its default in the operation.</summary>
    private double? VariableNumber(string name)
    {
        if (_variables.TryGetValue(name, out var value))
        {
            return value switch
            {
                int number => number,
                long number => number,
                double number => number,
                decimal number => (double)number,
                BigInteger number => (double)number,
                _ => null,
            };
        }

        var declared = _operation.Variables?.Items.FirstOrDefault(definition => definition.Variable.Name.Value.Span.SequenceEqual(name));
        return declared?.DefaultValue is { } fallback ? Number(fallback) : null;
    }

    private IGraphType? TypeOf(GraphQLTypeCondition? condition) => condition is null ? null : _schema.AllTypes[condition.Type.Name.Value];

    /// <summary>How deep a selection set's fields go and what they cost.</summary>
    private readonly record struct Tally(int Depth, double Cost);

    /// <summary>Where a selection set stands: inside a paged field, inside introspection, at which field depth and nesting.</summary>
    private readonly record struct Place(bool PagedParent, bool Introspection, int Depth, int Nesting)
    {
        public Place Nested() => this with { Nesting = Nesting + 1 };
    }
}
