using System.Net;

namespace CrmGraph.Server.Tests.Operations;

/// <summary>
/// A request body sent only when the test says so. Sent with <c>Expect: 100-continue</c>, the server asks for it only
/// once the endpoint starts reading, so <see cref="Requested"/> means the request is in the server's hands.
/// </summary>
internal sealed class HeldBackBody : HttpContent
{
    private readonly byte[] _body;
    private readonly TaskCompletionSource _requested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HeldBackBody(byte[] body, string mediaType)
    {
        _body = body;
        Headers.ContentType = new(mediaType);
    }

    public Task Requested => _requested.Task;

    public void Release() => _released.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        _requested.TrySetResult();
        await _released.Task;
        await stream.WriteAsync(_body);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }
}
