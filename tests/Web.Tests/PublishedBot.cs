using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TrierBot.Web.Tests;

/// <summary>
/// The output of <c>dotnet publish</c> started as a deployment starts it: <c>dotnet TrierBot.dll</c> in the
/// publish folder (the content root, so <c>wwwroot/</c> is the published one), on a free loopback port, with its
/// stores in a temp folder.
/// </summary>
public sealed class PublishedBot : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PublishedBot(Process process, Uri baseAddress, string dataFolder)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataFolder = dataFolder;
    }

    public Uri BaseAddress { get; }

    public string DataFolder { get; }

    /// <summary>What the process wrote so far (for failure messages).</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static async Task<PublishedBot> StartAsync(string publishFolder)
    {
        var dataFolder = Directory.CreateTempSubdirectory("trierbot-published-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = publishFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
        {
            Path.Combine(publishFolder, "TrierBot.dll"), "--urls", $"http://127.0.0.1:{port}",
            $"--State:DatabasePath={Path.Combine(dataFolder, "state.db")}",
            $"--Knowledge:DatabasePath={Path.Combine(dataFolder, "knowledge.db")}",
            $"--DirectLine:DatabasePath={Path.Combine(dataFolder, "directline.db")}",
            $"--Handoff:DatabasePath={Path.Combine(dataFolder, "handoff.db")}",
            $"--Channels:DatabasePath={Path.Combine(dataFolder, "channels.db")}",
            "--Understanding:WarmUpSeconds=0",
        })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        var bot = new PublishedBot(process, new Uri($"http://127.0.0.1:{port}/"), dataFolder);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await bot.WaitUntilHealthyAsync();
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the published bot exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("healthz");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"the published bot was not healthy within {StartTimeout.TotalSeconds} s:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
