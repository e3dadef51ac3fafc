namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>One thing the server sent on a graphql-transport-ws socket: a JSON message, or its close frame.</summary>
public sealed record SocketMessage(string? Type, string? Id, JsonElement Payload, int? CloseCode, string? CloseReason)
{
    public bool IsClose => CloseCode is not null;

    public static SocketMessage Parse(byte[] utf8)
    {
        var message = JsonDocument.Parse(utf8).RootElement.Clone();
        return new SocketMessage(
            message.GetProperty("type").GetString(),
            message.TryGetProperty("id", out var id) ? id.GetString() : null,
            message.TryGetProperty("payload", out var payload) ? payload : default,
            CloseCode: null,
            CloseReason: null);
    }

    public static SocketMessage Closed(int code, string? reason) => new(null, null, default, code, reason);

    /// <summary>The <c>extensions.code</c> of each error an <c>error</c> message carries.</summary>
    public IReadOnlyList<string?> ErrorCodes =>
        Payload.ValueKind == JsonValueKind.Array
            ? Payload.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null).ToList()
            : [];

    public override string ToString() => IsClose ? $"close {CloseCode} '{CloseReason}'" : $"{Type} {Id} {Payload}";
}
