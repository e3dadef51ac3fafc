using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CrmGraph.Testing;

/// <summary>A <c>redis-server</c> process on a loopback port, without persistence, killed on dispose.</summary>
internal sealed class RedisServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private readonly StringBuilder _output = new();
    private readonly Process _process;

    private RedisServerProcess(Process process) => _process = process;

    public static async Task<RedisServerProcess> StartAsync(string binary, int port)
    {
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        var server = new RedisServerProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server._process.OutputDataReceived += (_, line) => server.Record(line.Data, ready);
        server._process.ErrorDataReceived += (_, line) => server.Record(line.Data, ready);
        server._process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"{binary} exited on start:\n{server.Output()}"));
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();

        try
        {
            await ready.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException($"{binary} was not ready within {StartTimeout}:\n{server.Output()}");
        }

        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Record(string? line, TaskCompletionSource ready)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.Contains("Ready to accept connections", StringComparison.Ordinal))
        {
            ready.TrySetResult();
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }
}
