namespace CrmGraph.GraphQL.Administration.Staff;

public enum SetPasswordLinkPurpose
{
    /// <summary>A staff member's first password: the account is made if they have none.</summary>
    Invitation,

    /// <summary>A forgotten password: the account must exist.</summary>
    Reset,
}
