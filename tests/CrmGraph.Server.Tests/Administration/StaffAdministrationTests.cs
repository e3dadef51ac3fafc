using System.Net;
using CrmGraph.GraphQL.Common;
using CrmGraph.Server.Tests.Complaints;
using CrmGraph.Server.Tests.Security;

namespace CrmGraph.Server.Tests.Administration;

/// <summary>Staff members through their life: created, invited with a one-time link, moved, locked out and unlocked, deactivated.</summary>
[Collection(ServerCollection.Name)]
public sealed class StaffAdministrationTests(CrmServerFixture server) : AdministratorSession(server)
{
    private const string Password = "a long enough password";
    [Fact]
    public async Task An_invited_staff_member_sets_a_password_signs_in_and_when_deactivated_loses_tokens_and_hands_over_open_complaints()
    {
        var (id, email) = await CreateAsync("Ivan Invited", "AGENT");
        var invite = await MutateAsync(AdminDocuments.InviteStaffAccount, "inviteStaffAccount", new { staffMemberId = id });
        AdminDocuments.AssertNoErrors(invite);
        var link = new Uri(invite.GetProperty("setPasswordLink").GetString()!);
        Assert.StartsWith(Server.BaseAddress.AbsoluteUri, link.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("NotFoundError", AdminDocuments.SingleErrorType(await MutateAsync(AdminDocuments.UnlockStaffAccount, "unlockStaffAccount", new { staffMemberId = GlobalId.Encode("StaffMember", 999_999) })));

        using var browser = new StaffBrowser(Server.BaseAddress);
        var (status, page) = await SetPasswordPage.SetAsync(browser, link, Password);
        Assert.True(status == HttpStatusCode.OK, page);
        var tokens = await Server.OAuth.SignInStaffAsync(email, Password, "openid offline_access crm.read crm.write");
        Assert.Null(tokens.Error);
        Assert.Equal("InvalidTransitionError", AdminDocuments.SingleErrorType(await MutateAsync(AdminDocuments.InviteStaffAccount, "inviteStaffAccount", new { staffMemberId = id })));

        var moved = await MutateAsync(AdminDocuments.UpdateStaffMember, "updateStaffMember", new { staffMemberId = id, version = 0, role = "TECHNICIAN", team = "Field service" });
        AdminDocuments.AssertNoErrors(moved);
        Assert.Equal("TECHNICIAN", moved.GetProperty("staffMember").GetProperty("role").GetString());

        var complaint = await AssignedOpenComplaintAsync(id);
        var deactivated = await MutateAsync(AdminDocuments.DeactivateStaffMember, "deactivateStaffMember", new { staffMemberId = id });
        AdminDocuments.AssertNoErrors(deactivated);
        Assert.False(deactivated.GetProperty("staffMember").GetProperty("active").GetBoolean());
        Assert.Equal([complaint], deactivated.GetProperty("openComplaintsToReassign").EnumerateArray().Select(c => c.GetProperty("number").GetString()));

        Assert.Equal("invalid_grant", (await Server.OAuth.RefreshAsync(tokens.RefreshToken!)).Error);
        var (_, introspection) = await Server.OAuth.IntrospectAsync(tokens.AccessToken, "crm-integration", "crm-integration-secret");
        Assert.False(introspection.GetProperty("active").GetBoolean());
        Assert.Equal("InvalidTransitionError", AdminDocuments.SingleErrorType(await MutateAsync(AdminDocuments.ResetStaffPassword, "resetStaffPassword", new { staffMemberId = id })));

        var trail = (await Admin.DataAsync("query($k: String) { auditTrail(first: 10, targetKey: $k) { edges { node { action targetType } } } }", new { k = email }))
            .GetProperty("auditTrail").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("action").GetString());
        Assert.Equal(["deactivateStaffMember", "updateStaffMember", "inviteStaffAccount", "createStaffMember"], trail);
    }

    [Fact]
    public async Task A_locked_out_account_is_unlocked_and_a_reset_link_sets_a_new_password()
    {
        var (id, email) = await CreateAsync("Lotte Locked", "AGENT");
        var invite = await MutateAsync(AdminDocuments.InviteStaffAccount, "inviteStaffAccount", new { staffMemberId = id });
        using var browser = new StaffBrowser(Server.BaseAddress);
        await SetPasswordPage.SetAsync(browser, new Uri(invite.GetProperty("setPasswordLink").GetString()!), Password);

        var signInPage = await browser.RedirectOfAsync(browser.AuthorizeAddress("openid crm.read"));
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await browser.SubmitSignInAsync(signInPage, email, "wrong password " + attempt);
        }

        using (var locked = await browser.SubmitSignInAsync(signInPage, email, Password))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        }

        AdminDocuments.AssertNoErrors(await MutateAsync(AdminDocuments.UnlockStaffAccount, "unlockStaffAccount", new { staffMemberId = id }));
        Assert.Null((await Server.OAuth.SignInStaffAsync(email, Password, "openid crm.read")).Error);

        var reset = await MutateAsync(AdminDocuments.ResetStaffPassword, "resetStaffPassword", new { staffMemberId = id });
        AdminDocuments.AssertNoErrors(reset);
        using var other = new StaffBrowser(Server.BaseAddress);
        await SetPasswordPage.SetAsync(other, new Uri(reset.GetProperty("setPasswordLink").GetString()!), "the new password after reset");
        Assert.Null((await Server.OAuth.SignInStaffAsync(email, "the new password after reset", "openid crm.read")).Error);
    }

    [Fact]
    public async Task An_administrator_resets_a_lost_authenticator_so_the_password_signs_in_again_and_the_reset_is_audited()
    {
        var (id, email) = await CreateAsync("Paula Phoneless", "AGENT");
        Assert.Equal("NotFoundError", AdminDocuments.SingleErrorType(await MutateAsync(AdminDocuments.ResetStaffAuthenticator, "resetStaffAuthenticator", new { staffMemberId = id })));
        var invite = await MutateAsync(AdminDocuments.InviteStaffAccount, "inviteStaffAccount", new { staffMemberId = id });
        using var phoneOwner = new StaffBrowser(Server.BaseAddress);
        await SetPasswordPage.SetAsync(phoneOwner, new Uri(invite.GetProperty("setPasswordLink").GetString()!), Password);
        await phoneOwner.AuthorizeAsync(email, Password, "openid crm.read");
        await TwoFactorBrowsing.EnrolAsync(phoneOwner);
        using (var withoutPhone = new StaffBrowser(Server.BaseAddress))
        {
            await TwoFactorBrowsing.PasswordStepAsync(withoutPhone, email, Password);
        }

        AdminDocuments.AssertNoErrors(await MutateAsync(AdminDocuments.ResetStaffAuthenticator, "resetStaffAuthenticator", new { staffMemberId = id }));

        Assert.Null((await Server.OAuth.SignInStaffAsync(email, Password, "openid crm.read")).Error);
        // The sessions signed in with the lost phone's codes have ended.
        Assert.StartsWith(StaffBrowser.SignInPath, (await phoneOwner.RedirectOfAsync(TwoFactorBrowsing.AuthenticatorPath)).PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("InvalidTransitionError", AdminDocuments.SingleErrorType(await MutateAsync(AdminDocuments.ResetStaffAuthenticator, "resetStaffAuthenticator", new { staffMemberId = id })));
        var trail = (await Admin.DataAsync("query($k: String) { auditTrail(first: 10, targetKey: $k) { edges { node { action before after } } } }", new { k = email }))
            .GetProperty("auditTrail").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(["resetStaffAuthenticator", "inviteStaffAccount", "createStaffMember"], trail.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(("{\"twoFactorEnabled\":true}", "{\"twoFactorEnabled\":false}"), (trail[0].GetProperty("before").GetString(), trail[0].GetProperty("after").GetString()));
    }

    [Fact]
    public async Task Changing_the_password_on_the_account_page_signs_out_every_other_session()
    {
        var (id, email) = await CreateAsync("Chris Changer", "AGENT");
        var invite = await MutateAsync(AdminDocuments.InviteStaffAccount, "inviteStaffAccount", new { staffMemberId = id });
        using var browser = new StaffBrowser(Server.BaseAddress);
        await SetPasswordPage.SetAsync(browser, new Uri(invite.GetProperty("setPasswordLink").GetString()!), Password);
        var elsewhere = await Server.OAuth.SignInStaffAsync(email, Password, "openid offline_access crm.read");
        Assert.Null(elsewhere.Error);

        await browser.AuthorizeAsync(email, Password, "openid crm.read");
        var page = await browser.Http.GetStringAsync("/account/password");
        using var changed = await browser.SubmitFormAsync(page, "/account/password", new() { ["currentPassword"] = Password, ["password"] = "a different long password" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("invalid_grant", (await Server.OAuth.RefreshAsync(elsewhere.RefreshToken!)).Error);
        Assert.Null((await Server.OAuth.SignInStaffAsync(email, "a different long password", "openid crm.read")).Error);
    }

    private async Task<(string Id, string Email)> CreateAsync(string name, string role)
    {
        var email = $"{name.Split(' ')[0].ToLowerInvariant()}.{Guid.NewGuid():N}@crmgraph.example";
        var created = await MutateAsync(AdminDocuments.CreateStaffMember, "createStaffMember", new { name, email, role, team = "Hotline" });
        AdminDocuments.AssertNoErrors(created);
        return (created.GetProperty("staffMember").GetProperty("id").GetString()!, email);
    }

    /// <summary>Files a complaint, assigns it to the staff member and returns its number.</summary>
    private async Task<string> AssignedOpenComplaintAsync(string staffMemberId)
    {
        var filed = await ComplaintApi.FiledAsync(Admin, await ComplaintApi.CustomerIdAsync(Admin));
        var assigned = await ComplaintApi.ChangeAsync(Admin, "assignComplaint", "AssignComplaintInput", new { id = filed.GetProperty("id").GetString(), assigneeId = staffMemberId });
        Assert.Empty(ComplaintApi.ErrorTypes(assigned));
        return filed.GetProperty("number").GetString()!;
    }
}
