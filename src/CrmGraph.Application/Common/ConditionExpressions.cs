using System.Linq.Expressions;

namespace CrmGraph.Application.Common;

public static class ConditionExpressions
{
    /// <summary>Both conditions, as one expression EF Core can translate (and negate as a whole).</summary>
    public static Expression<Func<T, bool>> And<T>(this Expression<Func<T, bool>> first, Expression<Func<T, bool>> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(first.Body, ParameterReplacer.Inline(second, first.Parameters[0])), first.Parameters);
    }
}
