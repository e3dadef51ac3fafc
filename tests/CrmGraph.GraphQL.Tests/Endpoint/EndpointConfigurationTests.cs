using System.Security.Claims;
using CrmGraph.GraphQL.AspNetCore.Http;
using CrmGraph.GraphQL.AspNetCore.Limits;
using CrmGraph.GraphQL.AspNetCore.Persisted;
using CrmGraph.GraphQL.Endpoint;
using CrmGraph.Identity.Callers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace CrmGraph.GraphQL.Tests.Endpoint;

public sealed class EndpointConfigurationTests
{
    private static readonly NamedEnvironment Development = new("Development");
    private static readonly NamedEnvironment Production = new("Production");

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();

    private static DocumentLimitsOptions Limits(IConfiguration configuration, NamedEnvironment environment)
    {
        var limits = new DocumentLimitsOptions();
        EndpointConfiguration.Limits(limits, configuration, environment);
        return limits;
    }

    [Fact]
    public void Without_settings_lists_count_as_a_default_page_and_pages_end_at_the_schemas_maximum()
    {
        var limits = Limits(Settings(), Production);

        Assert.Equal(PageRequest.DefaultPageSize, limits.DefaultListSize);
        Assert.Equal(PageRequest.MaxPageSize, limits.MaxPageSize);
        Assert.Equal(new DocumentLimitsOptions().MaxCost, limits.MaxCost);
    }

    [Fact]
    public void Configured_limits_override_the_defaults_but_not_the_largest_page()
    {
        var limits = Limits(
            Settings(("GraphQL:Limits:MaxDepth", "8"), ("GraphQL:Limits:MaxCost", "1000"), ("GraphQL:Limits:DefaultListSize", "50"), ("GraphQL:Limits:MaxPageSize", "5000")),
            Production);

        Assert.Equal(8, limits.MaxDepth);
        Assert.Equal(1000, limits.MaxCost);
        Assert.Equal(50, limits.DefaultListSize);
        Assert.Equal(PageRequest.MaxPageSize, limits.MaxPageSize);
    }

    [Fact]
    public void Introspection_and_suggestions_are_on_in_development_only_unless_configured()
    {
        var development = Limits(Settings(), Development);
        var production = Limits(Settings(), Production);
        var opened = Limits(Settings(("GraphQL:AllowIntrospection", "true"), ("GraphQL:EnableFieldSuggestions", "true")), Production);
        var closed = Limits(Settings(("GraphQL:AllowIntrospection", "false")), Development);

        Assert.True(development.AllowIntrospection && development.EnableFieldSuggestions);
        Assert.False(production.AllowIntrospection || production.EnableFieldSuggestions);
        Assert.True(opened.AllowIntrospection && opened.EnableFieldSuggestions);
        Assert.False(closed.AllowIntrospection);
    }

    [Fact]
    public void Request_limits_come_from_the_same_section_and_details_show_in_development_only()
    {
        var http = new GraphQLHttpOptions();
        var settings = Settings(("GraphQL:Limits:MaxBatchSize", "2"), ("GraphQL:Limits:MaxRequestBodyBytes", "1000"), ("GraphQL:Limits:MaxVariablesBytes", "500"));

        EndpointConfiguration.Transport(http, settings, Production);
        EndpointConfiguration.Http(http, settings);

        Assert.Equal((2, 1000L, 500, false), (http.MaxBatchSize, http.MaxRequestBodyBytes, http.MaxVariablesBytes, http.ExposeExceptionDetails));
    }

    [Fact]
    public void Required_for_partners_binds_partner_clients_and_no_one_else()
    {
        var documents = new PersistedDocumentsOptions();
        EndpointConfiguration.PersistedDocuments(documents, Settings(("GraphQL:PersistedDocuments:RequiredForPartners", "true")));
        var partner = new ClaimsPrincipal(new ClaimsIdentity([new Claim("client_id", "partner-north"), new Claim(CrmClaimTypes.PartnerId, "3")], "Bearer"));
        var staff = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "7"), new Claim(CrmClaimTypes.StaffId, "7"), new Claim("role", "Agent")], "Bearer"));

        var required = documents.RequirePersistedDocuments!;

        Assert.True(required(new DefaultHttpContext(), partner));
        Assert.False(required(new DefaultHttpContext(), staff));
    }

    [Fact]
    public void By_default_no_one_is_bound_and_the_configured_folder_is_used()
    {
        var documents = new PersistedDocumentsOptions();

        EndpointConfiguration.PersistedDocuments(documents, Settings(("GraphQL:PersistedDocuments:Folder", "/srv/documents")));

        Assert.Null(documents.RequirePersistedDocuments);
        Assert.Equal("/srv/documents", documents.Folder);
    }
}
