using CrmGraph.Application.Churn;
using CrmGraph.Application.Common;
using CrmGraph.Application.Complaints;
using CrmGraph.Application.Events;
using Microsoft.Extensions.Configuration;

namespace CrmGraph.Application;

public static class CrmApplicationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the write side: the command pipeline and the commands, the event handlers of
    /// <see cref="EventHandlerList"/>, the reporting queries, and the background jobs (SLA monitor, risk refresher,
    /// after-commit dispatch and outbox relay). Complaint notices go out on the event bus, which the host registers.
    /// </summary>
    public static IServiceCollection AddCrmApplication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var outbox = OutboxOptions.From(configuration);
        var routes = EventHandlerList.Routes();
        services.AddSingleton(outbox);
        services.AddSingleton(routes);
        services.AddSingleton<OutboxDispatchQueue>();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<CommandPipeline>();
        services.AddScoped<OutboxDispatcher>();
        foreach (var handler in routes.Handlers)
        {
            services.AddScoped(handler);
        }

        services.AddSingleton(ComplaintsConfiguration.Sla(configuration));
        services.AddSingleton<ComplaintNotices>();
        services.AddScoped<ComplaintCommands>();
        services.AddScoped<SlaBreachScan>();
        services.AddScoped<CustomerRiskScores>();

        var slaCheckInterval = ComplaintsConfiguration.SlaCheckInterval(configuration);
        var riskRefreshInterval = ChurnConfiguration.RiskRefreshInterval(configuration);
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<ComplaintSlaMonitor>(sp, slaCheckInterval));
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<CustomerRiskMonitor>(sp, riskRefreshInterval));
        services.AddHostedService<AfterCommitDispatch>();
        services.AddHostedService<OutboxRelay>();
        return services;
    }
}
