using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;

namespace CrmGraph.Testing;

/// <summary>
/// A real redis-server on a free loopback port, without persistence, started once for the tests that need one and
/// killed after them. Where redis-server is missing the tests fail, saying so, rather than pass unseen.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private const string Fallback = "/usr/bin/redis-server";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private readonly StringBuilder _output = new();
    private Process? _process;

    /// <summary>The StackExchange.Redis configuration string that reaches this server.</summary>
    public string Configuration { get; private set; } = string.Empty;

    /// <summary>The port to listen on; a free one when left at 0.</summary>
    public int Port { get; init; }

    public async Task InitializeAsync()
    {
        var binary = FindBinary() ?? throw new InvalidOperationException(
            $"redis-server is neither on PATH nor at {Fallback}. Tests of the Redis event bus need a real one: apt-get install -y redis-server.");
        var port = Port == 0 ? FreeLoopbackPort() : Port;
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

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, line) => Record(line.Data, ready);
        _process.ErrorDataReceived += (_, line) => Record(line.Data, ready);
        _process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"redis-server exited on start:\n{Output()}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        try
        {
            await ready.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"redis-server was not ready within {StartTimeout}:\n{Output()}");
        }

        Configuration = $"127.0.0.1:{port}";
    }

    public async Task DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string? FindBinary()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "redis-server"))
            .FirstOrDefault(File.Exists);
        return onPath ?? (File.Exists(Fallback) ? Fallback : null);
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
