namespace CrmGraph.GraphQL.Common;

/// <summary>Report bucket keys of enum values, spelled as the schema spells them (QUALITY_SENSITIVE), so clients can match them to the enum fields.</summary>
internal static class EnumKeys
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToConstantCase();
}
