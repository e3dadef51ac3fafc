namespace CrmGraph.Server.Tests.Administration;

/// <summary>The administrative operations the tests send, each selecting the payload's errors.</summary>
public static class AdminDocuments
{
    private const string Errors = "errors { __typename message path }";

    public const string CreatePartner =
        "mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id code name active version } " + Errors + " } }";

    public const string UpdatePartner =
        "mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { partner { id name region version } " + Errors + " } }";

    public const string DeactivatePartner =
        "mutation($input: DeactivatePartnerInput!) { deactivatePartner(input: $input) { partner { id active } " + Errors + " } }";

    public const string CreateStaffMember =
        "mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { staffMember { id name email role team active } " + Errors + " } }";

    public const string UpdateStaffMember =
        "mutation($input: UpdateStaffMemberInput!) { updateStaffMember(input: $input) { staffMember { id role team } " + Errors + " } }";

    public const string DeactivateStaffMember =
        "mutation($input: StaffMemberRefInput!) { deactivateStaffMember(input: $input) { staffMember { id active } openComplaintsToReassign { number } " + Errors + " } }";

    public const string InviteStaffAccount =
        "mutation($input: StaffMemberRefInput!) { inviteStaffAccount(input: $input) { setPasswordLink expiresAt " + Errors + " } }";

    public const string ResetStaffPassword =
        "mutation($input: StaffMemberRefInput!) { resetStaffPassword(input: $input) { setPasswordLink expiresAt " + Errors + " } }";

    public const string UnlockStaffAccount =
        "mutation($input: StaffMemberRefInput!) { unlockStaffAccount(input: $input) { staffMember { id } " + Errors + " } }";

    public const string ResetStaffAuthenticator =
        "mutation($input: StaffMemberRefInput!) { resetStaffAuthenticator(input: $input) { staffMember { id } " + Errors + " } }";

    private const string ClientFields = "client { clientId kind partnerCode scopes redirectUris disabledAt } clientSecret previousSecretValidUntil";

    public const string CreateConfidentialClient =
        "mutation($input: CreateConfidentialClientInput!) { createConfidentialClient(input: $input) { " + ClientFields + " " + Errors + " } }";

    public const string CreatePublicClient =
        "mutation($input: CreatePublicClientInput!) { createPublicClient(input: $input) { " + ClientFields + " " + Errors + " } }";

    public const string RotateClientSecret =
        "mutation($input: ClientRefInput!) { rotateClientSecret(input: $input) { " + ClientFields + " " + Errors + " } }";

    public const string DisableClient =
        "mutation($input: ClientRefInput!) { disableClient(input: $input) { " + ClientFields + " " + Errors + " } }";

    public const string DeleteClient =
        "mutation($input: ClientRefInput!) { deleteClient(input: $input) { " + ClientFields + " " + Errors + " } }";

    public const string ImportCustomers =
        "mutation($input: ImportCustomersInput!) { importCustomers(input: $input) { created updated rejectedRows { row field message } " + Errors + " } }";

    /// <summary>Insists that a payload reports no errors, showing them when it does.</summary>
    public static void AssertNoErrors(JsonElement payload) =>
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, $"Unexpected payload errors: {payload.GetProperty("errors")}");

    /// <summary>The typename of the payload's only error.</summary>
    public static string SingleErrorType(JsonElement payload) =>
        Assert.Single(payload.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString()!;
}
