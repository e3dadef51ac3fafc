using System.Linq.Expressions;

namespace CrmGraph.GraphQL.Common;

/// <summary>
/// Lets a query be written once with stand-in methods (static methods of <paramref name="declaringType"/> that never
/// run) for the parts that vary, such as a report's period or grouping, and then replaces each call by the
/// expression chosen for this request, keyed by the stand-in's name. Replacements may use stand-ins too.
/// </summary>
internal sealed class StandIns(Type declaringType, IReadOnlyDictionary<string, LambdaExpression> replacements) : ExpressionVisitor
{
    public IQueryable<T> Expand<T>(IQueryable<T> query) => query.Provider.CreateQuery<T>(Visit(query.Expression));

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method.DeclaringType != declaringType || !replacements.TryGetValue(node.Method.Name, out var replacement))
        {
            return base.VisitMethodCall(node);
        }

        var body = replacement.Body;
        for (var i = 0; i < node.Arguments.Count; i++)
        {
            body = new ParameterReplacer(replacement.Parameters[i], Visit(node.Arguments[i])).Visit(body);
        }

        // A replacement may itself use stand-ins.
        return Visit(body);
    }
}
