using System.Linq.Expressions;

namespace CrmGraph.Application.Common;

/// <summary>Rewrites a lambda body onto another parameter, to compose expressions EF Core can translate.</summary>
public sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    public static Expression Inline(LambdaExpression lambda, Expression argument) =>
        new ParameterReplacer(lambda.Parameters[0], argument).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
