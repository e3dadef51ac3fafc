using CrmGraph.Domain.Partners;

namespace CrmGraph.GraphQL.Partners;

public sealed class CurrencyRankType : ObjectGraphType<CurrencyRank>
{
    public CurrencyRankType()
    {
        Name = "CurrencyRank";
        Field<NonNullGraphType<StringGraphType>>("currency").Resolve(ctx => ctx.Source.Currency);
        Field<NonNullGraphType<IntGraphType>>("rank").Resolve(ctx => ctx.Source.Rank);
    }
}
