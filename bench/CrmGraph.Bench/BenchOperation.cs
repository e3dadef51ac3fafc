namespace CrmGraph.Bench;

/// <summary>
/// One named operation: its GraphQL request body (made afresh for each request, so a write can vary what it writes),
/// how often it comes up in the mix, and the same work on the baseline's plain endpoint (a path, with a JSON body to
/// POST or none to GET) when there is one.
/// </summary>
internal sealed record BenchOperation(string Name, Func<string> GraphQLBody, int Weight, string? BaselinePath = null, string? BaselineBody = null)
{
    public HttpRequestMessage GraphQLRequest(Uri graphql) =>
        new(HttpMethod.Post, graphql) { Content = new StringContent(GraphQLBody(), System.Text.Encoding.UTF8, "application/json") };

    public HttpRequestMessage BaselineRequest(Uri baseline) =>
        BaselineBody is null
            ? new HttpRequestMessage(HttpMethod.Get, new Uri(baseline, BaselinePath))
            : new HttpRequestMessage(HttpMethod.Post, new Uri(baseline, BaselinePath)) { Content = new StringContent(BaselineBody, System.Text.Encoding.UTF8, "application/json") };
}
