using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.History;
using CrmGraph.Domain.Partners;
using CrmGraph.GraphQL.Catalog;
using CrmGraph.GraphQL.Partners;

namespace CrmGraph.GraphQL.ComplaintAnalysis;

/// <summary>The fields that say which dimension value a bucket or a breakdown entry stands for, declared once for both.</summary>
internal static class ComplaintKeyFields
{
    public static void AddTo<TSource>(ObjectGraphType<TSource> type, Func<TSource, ComplaintKey> keyOf)
    {
        type.Field<EnumerationGraphType<ComplaintCategory>>("category").Resolve(ctx => keyOf(ctx.Source).Category);
        type.Field<EnumerationGraphType<ComplaintSeverity>>("severity").Resolve(ctx => keyOf(ctx.Source).Severity);
        type.Field<EnumerationGraphType<ComplaintRootCause>>("rootCause").Resolve(ctx => keyOf(ctx.Source).RootCause);
        type.Field<ServiceProductType>("product").Resolve(ctx => ctx.LoadById<ServiceProduct>(keyOf(ctx.Source).ProductId));
        type.Field<PartnerType>("partner").Resolve(ctx => ctx.LoadById<Partner>(keyOf(ctx.Source).PartnerId));
        type.Field<EnumerationGraphType<ContactChannel>>("channel").Resolve(ctx => keyOf(ctx.Source).Channel);
    }

    /// <summary>The stable key of a dimension value: the enum name or the global id; 'none' when the complaints have none.</summary>
    public static string KeyOf(ComplaintAnalysisGrouping dimension, ComplaintKey key) => dimension switch
    {
        ComplaintAnalysisGrouping.Category => key.Category is { } category ? EnumKeys.Of(category) : null,
        ComplaintAnalysisGrouping.Severity => key.Severity is { } severity ? EnumKeys.Of(severity) : null,
        ComplaintAnalysisGrouping.RootCause => key.RootCause is { } rootCause ? EnumKeys.Of(rootCause) : null,
        ComplaintAnalysisGrouping.Product => key.ProductId is { } product ? GlobalId.Encode(ServiceProductType.TypeName, product) : null,
        ComplaintAnalysisGrouping.Partner => key.PartnerId is { } partner ? GlobalId.Encode(PartnerType.TypeName, partner) : null,
        ComplaintAnalysisGrouping.Channel => key.Channel is { } channel ? EnumKeys.Of(channel) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a dimension."),
    } ?? "none";

    /// <summary>A label for people: the product's or partner's name, else the key.</summary>
    public static object LabelOf(IResolveFieldContext context, ComplaintAnalysisGrouping dimension, ComplaintKey key) => (dimension, key) switch
    {
        (ComplaintAnalysisGrouping.Product, { ProductId: { } id }) => context.LoadById<ServiceProduct>(id).Then(p => p?.Name),
        (ComplaintAnalysisGrouping.Partner, { PartnerId: { } id }) => context.LoadById<Partner>(id).Then(p => p?.Name),
        _ => KeyOf(dimension, key),
    };
}
