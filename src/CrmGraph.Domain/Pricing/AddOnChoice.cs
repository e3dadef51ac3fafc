using CrmGraph.Domain.Catalog;

namespace CrmGraph.Domain.Pricing;

/// <summary>An add-on the customer wants with the product, and how many.</summary>
public sealed record AddOnChoice(AddOnService AddOn, int Quantity);
