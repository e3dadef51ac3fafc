using Microsoft.Extensions.Logging;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>With exception details off, a resolver's exception reaches clients only as INTERNAL_SERVER_ERROR.</summary>
[Collection(MaskedHost.Collection)]
public sealed class MaskedResolverExceptionTests(MaskedHost host)
{
    [Fact]
    public async Task The_message_is_masked_and_coded_internal_server_error()
    {
        var reply = await host.PostAsync(new { query = "{ hello fail }" });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var error = Assert.Single(reply.Errors);
        Assert.Equal("INTERNAL_SERVER_ERROR", GraphQLReply.CodeOf(error));
        Assert.DoesNotContain(TestData.SecretDetail, reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(nameof(InvalidOperationException), reply.Text, StringComparison.Ordinal);
        Assert.Equal(["fail"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(JsonValueKind.Null, reply.Data.GetProperty("fail").ValueKind);
        Assert.Equal("Hello, world!", reply.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task No_code_derived_from_the_original_exception_reaches_the_client()
    {
        var reply = await host.PostAsync(new { query = "{ fail }" });

        var extensions = Assert.Single(reply.Errors).GetProperty("extensions");
        Assert.DoesNotContain("INVALID_OPERATION", extensions.GetRawText(), StringComparison.Ordinal);
        if (extensions.TryGetProperty("codes", out var codes))
        {
            Assert.Equal(["INTERNAL_SERVER_ERROR"], codes.EnumerateArray().Select(code => code.GetString()));
        }
    }

    [Fact]
    public async Task The_error_carries_the_correlation_id_of_the_log_line_holding_the_original()
    {
        var reply = await host.PostAsync(new { query = "{ fail }" });

        var entry = host.Logs.EntryNamedBy(Assert.Single(reply.Errors));
        Assert.Equal(TestData.SecretDetail, entry.Exception?.Message);
    }

    [Fact]
    public async Task Each_request_has_a_correlation_id_of_its_own()
    {
        var first = await host.PostAsync(new { query = "{ fail }" });
        var second = await host.PostAsync(new { query = "{ fail }" });

        Assert.NotEqual(CorrelationId(first), CorrelationId(second));
    }

    private static string? CorrelationId(GraphQLReply reply) =>
        Assert.Single(reply.Errors).GetProperty("extensions").GetProperty("correlationId").GetString();
}

/// <summary>With exception details on (Development), clients see the resolver's own message.</summary>
[Collection(ExposedHost.Collection)]
public sealed class ExposedResolverExceptionTests(ExposedHost host)
{
    [Fact]
    public async Task The_message_is_shown_and_still_coded_internal_server_error()
    {
        var reply = await host.PostAsync(new { query = "{ hello fail }" });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var error = Assert.Single(reply.Errors);
        Assert.Equal(TestData.SecretDetail, error.GetProperty("message").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", GraphQLReply.CodeOf(error));
        Assert.Equal("Hello, world!", reply.Data.GetProperty("hello").GetString());
        Assert.Equal(TestData.SecretDetail, host.Logs.EntryNamedBy(error).Exception?.Message);
    }
}
