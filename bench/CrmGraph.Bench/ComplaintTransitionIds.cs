using System.Net.Http.Json;
using System.Text.Json;

namespace CrmGraph.Bench;

/// <summary>
/// What the complaint transition operation needs (staff only): an open complaint and two staff members, between whom
/// it is handed back and forth, so the same transition can repeat without the complaint running out of states.
/// </summary>
internal sealed record ComplaintTransitionIds(string ComplaintId, string FirstAssigneeId, string SecondAssigneeId)
{
    public static async Task<ComplaintTransitionIds> ReadAsync(HttpClient client, Uri graphql)
    {
        const string query = """
            { complaints(first: 1, where: { status: [RECEIVED, ACKNOWLEDGED, IN_PROGRESS] }) { edges { node { id } } }
              staffMembers(first: 2) { edges { node { id } } } }
            """;
        using var response = await client.PostAsJsonAsync(graphql, new { query });
        var data = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
        var complaint = data.GetProperty("complaints").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString()!;
        var staff = data.GetProperty("staffMembers").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();
        return new ComplaintTransitionIds(complaint, staff[0], staff[^1]);
    }
}
