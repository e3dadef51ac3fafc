using CrmGraph.Domain.Pricing;
using CrmGraph.GraphQL.AspNetCore;
using CrmGraph.GraphQL.AspNetCore.Authorization;
using CrmGraph.GraphQL.AspNetCore.Http;
using CrmGraph.Identity;
using CrmGraph.Identity.Callers;
using CrmGraph.GraphQL.Churn;
using CrmGraph.GraphQL.Complaints;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.Diagnostics;
using CrmGraph.GraphQL.Endpoint;
using CrmGraph.GraphQL.Pricing;
using CrmGraph.GraphQL.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CrmGraph.GraphQL;

public static class CrmGraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the CRM schema, its mappings, its services, the document limits, the persisted documents and both
    /// transports. The commands its mutations run are registered by AddCrmApplication.
    /// </summary>
    public static IServiceCollection AddCrmGraphQL(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var auth = AuthOptions.From(configuration, environment);
        services.AddAutoMapper(
            mapping => mapping.LicenseKey = configuration["AutoMapper:LicenseKey"],
            typeof(CustomerMappingProfile));
        services.AddSingleton(new QuoteCalculator(PricingConfiguration.TierDiscounts(configuration)));
        services.AddSingleton<QuoteService>();
        services.AddSingleton(LoyaltyConfiguration.Program(configuration));
        services.AddSingleton<OperationLog>();
        services.AddGraphQL(graphql => graphql
            .AddSchema<CrmSchema>()
            .AddGraphTypes(typeof(CrmSchema).Assembly)
            .AddValidationRule<AuthorizationValidationRule>(useForCachedDocuments: true)
            .AddDocumentLimits(limits => EndpointConfiguration.Limits(limits, configuration, environment))
            .AddPersistedDocuments(documents => EndpointConfiguration.PersistedDocuments(documents, configuration))
            .AddHttpTransport<CrmSchema>(http =>
            {
                EndpointConfiguration.Transport(http, configuration, environment);
                EndpointConfiguration.Http(http, configuration);
                http.AnonymousAccess = auth.AllowAnonymousIntrospection ? AnonymousAccess.IntrospectionOnly : AnonymousAccess.Denied;
                http.OperationExecuted = OperationLog.Write;
            })
            .AddWebSocketTransport<CrmSchema>(socket =>
            {
                EndpointConfiguration.Transport(socket, configuration, environment);
                EndpointConfiguration.WebSockets(socket, configuration, auth);
                socket.OperationExecuted = OperationLog.Write;
            }));
        return services;
    }

    public static IEndpointConventionBuilder MapCrmGraphQL(this IEndpointRouteBuilder endpoints, string pattern) =>
        endpoints.MapGraphQLHttp<CrmSchema>(pattern);
}
