using CrmGraph.GraphQL.AspNetCore;
using CrmGraph.GraphQL.AspNetCore.Caching;
using CrmGraph.GraphQL.AspNetCore.Tests.Authorization;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Caching;

public sealed class ParsedDocumentCacheTests
{
    private readonly CountingRule _documentRule = new();
    private readonly CountingRule _callerRule = new();

    [Fact]
    public async Task A_repeated_document_skips_document_rules_but_not_the_rules_for_cached_documents()
    {
        await using var services = Services(capacity: 10);
        var executer = services.GetRequiredService<IDocumentExecuter<GuardedSchema>>();

        var first = await executer.ExecuteAsync(Options("{ open }", services));
        var second = await executer.ExecuteAsync(Options("{ open }", services));

        Assert.Null(first.Errors);
        Assert.Null(second.Errors);
        Assert.Equal(1, _documentRule.Runs);
        Assert.Equal(2, _callerRule.Runs);
    }

    [Fact]
    public async Task Document_limits_registered_first_use_the_cached_document_rather_than_parse_again()
    {
        await using var services = Services(capacity: 10, withLimits: true);
        var executer = services.GetRequiredService<IDocumentExecuter<GuardedSchema>>();

        await executer.ExecuteAsync(Options("{ open }", services));
        var second = await executer.ExecuteAsync(Options("{ open }", services));

        Assert.Null(second.Errors);
        Assert.Equal(1, _documentRule.Runs);
    }

    [Fact]
    public async Task A_document_that_failed_validation_is_not_kept()
    {
        await using var services = Services(capacity: 10);
        var executer = services.GetRequiredService<IDocumentExecuter<GuardedSchema>>();

        await executer.ExecuteAsync(Options("{ missing }", services));
        var again = await executer.ExecuteAsync(Options("{ missing }", services));

        Assert.NotNull(again.Errors);
        Assert.Equal(2, _documentRule.Runs);
    }

    [Fact]
    public async Task A_full_cache_keeps_validating_new_documents()
    {
        await using var services = Services(capacity: 1);
        var executer = services.GetRequiredService<IDocumentExecuter<GuardedSchema>>();

        await executer.ExecuteAsync(Options("{ open }", services));
        await executer.ExecuteAsync(Options("{ a: open }", services));
        await executer.ExecuteAsync(Options("{ a: open }", services));

        Assert.Equal(3, _documentRule.Runs);
    }

    private ServiceProvider Services(int capacity, bool withLimits = false)
    {
        var services = new ServiceCollection();
        services.AddGraphQL(graphql =>
        {
            graphql.AddSchema<GuardedSchema>()
                .AddSystemTextJson()
                .AddValidationRule(_documentRule)
                .AddValidationRule(_callerRule, useForCachedDocuments: true);
            if (withLimits)
            {
                graphql.AddDocumentLimits();
            }

            graphql.ConfigureExecution(new ParsedDocumentCache(capacity));
        });
        return services.BuildServiceProvider();
    }

    private static ExecutionOptions Options(string query, IServiceProvider services) =>
        new() { Query = query, RequestServices = services };
}
