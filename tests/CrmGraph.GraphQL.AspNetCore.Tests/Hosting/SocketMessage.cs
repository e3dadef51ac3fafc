namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>What a client read from a socket: a JSON message, or the server's close frame.</summary>
public sealed record SocketMessage(JsonElement Body, int? CloseCode, string? CloseReason)
{
    public bool IsClose => CloseCode is not null;

    public string? Type => IsClose ? null : Body.GetProperty("type").GetString();

    public string? Id => !IsClose && Body.TryGetProperty("id", out var id) ? id.GetString() : null;

    public JsonElement Payload => Body.GetProperty("payload");

    public override string ToString() => IsClose ? $"close {CloseCode} '{CloseReason}'" : Body.GetRawText();
}
