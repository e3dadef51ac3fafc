namespace CrmGraph.Data.Migrations;

/// <summary>
/// Moves stored complaint root causes from the churn causes they used to borrow to the complaint taxonomy, for the
/// migration of each provider. Down maps back as near as the old list allows; the new causes without a
/// counterpart become Other.
/// </summary>
internal static class ComplaintRootCauseMapping
{
    public const string Up = """
        UPDATE Complaints SET RootCause = CASE RootCause
            WHEN 'Product' THEN 'ProductDefect'
            WHEN 'Staff' THEN 'StaffAttitude'
            WHEN 'Image' THEN 'Communication'
            WHEN 'CustomerSide' THEN 'CustomerMisunderstanding'
            WHEN 'Competitor' THEN 'Other'
            ELSE RootCause END
        WHERE RootCause IN ('Product', 'Staff', 'Image', 'CustomerSide', 'Competitor')
        """;

    public const string Down = """
        UPDATE Complaints SET RootCause = CASE RootCause
            WHEN 'ProductDefect' THEN 'Product'
            WHEN 'StaffAttitude' THEN 'Staff'
            WHEN 'StaffSkill' THEN 'Staff'
            WHEN 'Communication' THEN 'Image'
            WHEN 'CustomerMisunderstanding' THEN 'CustomerSide'
            WHEN 'ServiceProcess' THEN 'ServiceProcess'
            ELSE 'Other' END
        WHERE RootCause IS NOT NULL
        """;
}
