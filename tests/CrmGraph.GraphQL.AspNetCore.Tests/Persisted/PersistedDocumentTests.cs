using System.Net.Http.Json;
using System.Security.Cryptography;
using CrmGraph.GraphQL.AspNetCore.Persisted;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Persisted;

/// <summary>
/// Clients name a known document by <c>documentId</c> (or an automatic persisted query's hash) instead of sending
/// it; unknown ids are refused, and a caller bound to known documents may send nothing else.
/// </summary>
[Collection(LimitedHost.Collection)]
public sealed class PersistedDocumentTests(LimitedHost host)
{
    private static string IdOf(string file) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(LimitedHost.DocumentsFolder, file))));

    private static string Greeting => IdOf("greeting.graphql");

    private static string Increment => IdOf("increment.graphql");

    private static HttpRequestMessage AsUser(HttpRequestMessage message, string user)
    {
        message.Headers.Add(TestAuthentication.UserHeader, user);
        return message;
    }

    private Task<GraphQLReply> PostAsync(object request, string? user = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, host.Endpoint) { Content = JsonContent.Create(request) };
        return host.SendAsync(user is null ? message : AsUser(message, user));
    }

    [Fact]
    public async Task A_document_is_known_by_the_sha256_of_its_file()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(LimitedHost.DocumentsFolder, "greeting.graphql"));

        Assert.Equal(Greeting, PersistedDocuments.IdOf(text));
    }

    [Fact]
    public async Task A_known_document_id_runs_that_document_over_post_and_get()
    {
        var posted = await PostAsync(new { documentId = Greeting });
        var got = await host.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(host.Endpoint, "?documentId=" + Uri.EscapeDataString(Greeting))));

        Assert.All([posted, got], reply => Assert.Equal("Hello, persisted!", reply.Data.GetProperty("hello").GetString()));
    }

    [Fact]
    public async Task A_known_mutation_named_over_get_is_refused_with_405_and_does_not_run()
    {
        var counter = TestProbe.NewRun();
        var query = "?documentId=" + Uri.EscapeDataString(Increment) + "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(new { counter }));

        var reply = await host.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(host.Endpoint, query)));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal(0, host.Probe.Counter(counter));
    }

    [Fact]
    public async Task A_known_mutation_runs_with_the_variables_sent()
    {
        var counter = TestProbe.NewRun();

        var reply = await PostAsync(new { documentId = Increment, variables = new { counter } });

        Assert.Equal(1, reply.Data.GetProperty("increment").GetInt32());
        Assert.Equal(1, host.Probe.Counter(counter));
    }

    [Fact]
    public async Task An_automatic_persisted_query_hash_names_a_known_document_too()
    {
        var hash = Greeting["sha256:".Length..];

        var reply = await PostAsync(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });

        Assert.Equal("Hello, persisted!", reply.Data.GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("md5:abc")]
    [InlineData("greeting.graphql")]
    public async Task An_unknown_id_is_refused_with_persisted_document_not_found(string id)
    {
        (await PostAsync(new { documentId = id })).AssertRefused(PersistedDocuments.NotFoundCode);
    }

    [Fact]
    public async Task A_document_id_with_document_text_is_an_invalid_request()
    {
        (await PostAsync(new { query = "{ hello }", documentId = Greeting })).AssertRefused("INVALID_REQUEST");
    }

    [Fact]
    public async Task A_caller_bound_to_known_documents_is_refused_document_text_and_nothing_runs()
    {
        var counter = TestProbe.NewRun();

        var reply = await PostAsync(new { query = $$"""mutation { increment(counter: "{{counter}}") }""" }, LimitedHost.PartnerUser);

        reply.AssertRefused(PersistedDocuments.RequiredCode);
        Assert.Equal(0, host.Probe.Counter(counter));
    }

    [Fact]
    public async Task A_caller_bound_to_known_documents_runs_them()
    {
        var counter = TestProbe.NewRun();

        var reply = await PostAsync(new { documentId = Increment, variables = new { counter } }, LimitedHost.PartnerUser);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(1, host.Probe.Counter(counter));
    }

    [Fact]
    public async Task Over_a_socket_a_bound_caller_may_run_known_documents_only()
    {
        var counter = TestProbe.NewRun();
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host, user: LimitedHost.PartnerUser);

        await socket.SubscribeAsync("text", $$"""mutation { increment(counter: "{{counter}}") }""");
        var refused = await socket.ExpectAsync("error", "text");
        await socket.SendAsync(new { id = "known", type = "subscribe", payload = new { documentId = Increment, variables = new { counter } } });
        var next = await socket.ExpectAsync("next", "known");

        Assert.Equal(PersistedDocuments.RequiredCode, GraphQLReply.CodeOf(Assert.Single(refused.Payload.EnumerateArray())));
        Assert.Equal(1, next.Payload.GetProperty("data").GetProperty("increment").GetInt32());
        Assert.Equal(1, host.Probe.Counter(counter));
    }

    [Fact]
    public void A_folder_that_does_not_exist_fails_at_startup()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"));

        Assert.Throws<DirectoryNotFoundException>(() => PersistedDocuments.Load(new PersistedDocumentsOptions { Folder = missing }));
    }
}
