using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CrmGraph.Identity.Tests;

public sealed class AuthOptionsTests
{
    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    public void Anonymous_introspection_is_honoured_in_Development_only(string environment, bool allowed)
    {
        var options = AuthOptions.From(Settings(("Auth:AllowAnonymousIntrospection", "true")), new Environment(environment));

        Assert.Equal(allowed, options.AllowAnonymousIntrospection);
    }

    [Theory]
    [InlineData("Development", null, false)]
    [InlineData("Production", null, true)]
    [InlineData("Staging", null, true)]
    [InlineData("Production", "false", false)]
    [InlineData("Development", "true", true)]
    public void Administrators_need_authenticator_codes_outside_Development_unless_configured_otherwise(string environment, string? setting, bool required)
    {
        var settings = setting is null ? Settings() : Settings(("Auth:RequireTwoFactorForAdministrators", setting));

        Assert.Equal(required, AuthOptions.From(settings, new Environment(environment)).RequireTwoFactorForAdministrators);
    }

    [Fact]
    public void Lifetimes_and_the_external_authority_come_from_configuration()
    {
        var options = AuthOptions.From(
            Settings(("Auth:AccessTokenLifetime", "00:05:00"), ("Auth:Authority", "https://login.example.com/"), ("Auth:Audience", "crm")),
            new Environment("Production"));

        Assert.Equal(TimeSpan.FromMinutes(5), options.AccessTokenLifetime);
        Assert.False(options.UsesEmbeddedServer);
        Assert.Equal("crm", options.Audience);
    }

    [Fact]
    public void With_nothing_configured_the_embedded_server_issues_short_lived_tokens_for_the_crm_api()
    {
        var options = AuthOptions.From(Settings(), new Environment("Development"));

        Assert.True(options.UsesEmbeddedServer);
        Assert.Equal("crm-api", options.Audience);
        Assert.InRange(options.AccessTokenLifetime, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(60));
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "CrmGraph";

        public string ContentRootPath { get; set; } = "/";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
