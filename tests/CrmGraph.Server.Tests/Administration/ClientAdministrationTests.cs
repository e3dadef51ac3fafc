namespace CrmGraph.Server.Tests.Administration;

/// <summary>OAuth clients through their life: made with a secret shown once, rotated with a grace period, disabled, deleted.</summary>
[Collection(ServerCollection.Name)]
public sealed class ClientAdministrationTests(CrmServerFixture server) : AdministratorSession(server)
{
    [Fact]
    public async Task A_rotated_secret_keeps_the_old_one_for_the_grace_period_and_disabling_revokes_what_the_client_holds()
    {
        var clientId = "sync-" + Guid.NewGuid().ToString("N")[..8];
        var created = await MutateAsync(AdminDocuments.CreateConfidentialClient, "createConfidentialClient", new { clientId, displayName = "Nightly sync", kind = "INTERNAL", scopes = new[] { "crm.read" } });
        AdminDocuments.AssertNoErrors(created);
        Assert.Equal("INTERNAL", created.GetProperty("client").GetProperty("kind").GetString());
        Assert.Equal(["crm.read"], created.GetProperty("client").GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var firstSecret = created.GetProperty("clientSecret").GetString()!;
        var listed = (await Admin.DataAsync("{ oauthClients { clientId } }")).GetProperty("oauthClients").EnumerateArray().Select(c => c.GetProperty("clientId").GetString());
        Assert.Contains(clientId, listed);

        var rotated = await MutateAsync(AdminDocuments.RotateClientSecret, "rotateClientSecret", new { clientId });
        AdminDocuments.AssertNoErrors(rotated);
        var secondSecret = rotated.GetProperty("clientSecret").GetString()!;
        Assert.NotEqual(firstSecret, secondSecret);
        var graceEnds = rotated.GetProperty("previousSecretValidUntil").GetDateTimeOffset();
        Assert.InRange(graceEnds, DateTimeOffset.UtcNow.AddHours(23), DateTimeOffset.UtcNow.AddHours(25));

        var withOld = await Server.OAuth.ClientCredentialsAsync(clientId, firstSecret, "crm.read");
        var withNew = await Server.OAuth.ClientCredentialsAsync(clientId, secondSecret, "crm.read");
        Assert.Null(withOld.Error);
        Assert.Null(withNew.Error);
        Assert.NotNull((await Server.OAuth.ClientCredentialsAsync(clientId, "not-the-secret", "crm.read")).Error);

        var disabled = await MutateAsync(AdminDocuments.DisableClient, "disableClient", new { clientId });
        AdminDocuments.AssertNoErrors(disabled);
        Assert.Empty(disabled.GetProperty("client").GetProperty("scopes").EnumerateArray());
        Assert.NotNull((await Server.OAuth.ClientCredentialsAsync(clientId, secondSecret, "crm.read")).Error);
        await AssertInactiveAsync(withNew.AccessToken);

        var deleted = await MutateAsync(AdminDocuments.DeleteClient, "deleteClient", new { clientId });
        AdminDocuments.AssertNoErrors(deleted);
        Assert.Equal("NotFoundError", AdminDocuments.SingleErrorType(await MutateAsync(AdminDocuments.DeleteClient, "deleteClient", new { clientId })));

        var trail = await TrailAsync("OAuthClient", clientId);
        Assert.Equal(["deleteClient", "disableClient", "rotateClientSecret", "createConfidentialClient"], trail.Select(e => e.GetProperty("action").GetString()));
        Assert.All(trail, e => Assert.DoesNotContain(secondSecret, e.ToString(), StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, trail[0].GetProperty("after").ValueKind);
        Assert.Contains(clientId, trail[0].GetProperty("before").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deactivated_partner_s_client_gets_no_token_and_loses_the_one_it_has()
    {
        var code = "DEACT-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var partner = (await MutateAsync(AdminDocuments.CreatePartner, "createPartner", new { code, name = "Closing Down Ltd" })).GetProperty("partner");
        var clientId = code.ToLowerInvariant() + "-portal";
        var client = await MutateAsync(AdminDocuments.CreateConfidentialClient, "createConfidentialClient", new { clientId, displayName = "Portal", kind = "PARTNER", partnerId = partner.GetProperty("id").GetString(), scopes = new[] { "crm.read", "crm.write" } });
        AdminDocuments.AssertNoErrors(client);
        Assert.Equal(code, client.GetProperty("client").GetProperty("partnerCode").GetString());
        var secret = client.GetProperty("clientSecret").GetString()!;
        var before = await Server.OAuth.ClientCredentialsAsync(clientId, secret, "crm.read");
        Assert.Null(before.Error);

        var deactivated = await MutateAsync(AdminDocuments.DeactivatePartner, "deactivatePartner", new { partnerId = partner.GetProperty("id").GetString(), version = 0 });
        AdminDocuments.AssertNoErrors(deactivated);
        Assert.False(deactivated.GetProperty("partner").GetProperty("active").GetBoolean());

        var after = await Server.OAuth.ClientCredentialsAsync(clientId, secret, "crm.read");
        Assert.Equal("invalid_client", after.Error);
        await AssertInactiveAsync(before.AccessToken);
    }

    private async Task AssertInactiveAsync(string accessToken)
    {
        var (_, introspection) = await Server.OAuth.IntrospectAsync(accessToken, "crm-integration", "crm-integration-secret");
        Assert.False(introspection.GetProperty("active").GetBoolean());
    }

    private async Task<List<JsonElement>> TrailAsync(string targetType, string targetKey) =>
        (await Admin.DataAsync(
            "query($t: String, $k: String) { auditTrail(first: 10, targetType: $t, targetKey: $k) { edges { node { action actor before after } } } }",
            new { t = targetType, k = targetKey }))
        .GetProperty("auditTrail").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
}
