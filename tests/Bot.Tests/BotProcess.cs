using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TrierBot.Bot.Tests;

/// <summary>The bot as a separate process (the built TrierBot.dll), so a test can kill it with SIGKILL.</summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;

    private BotProcess(Process process, Uri address)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public static async Task<BotProcess> StartAsync(string dataFolder)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "TrierBot.dll"), "serve", $"--urls=http://127.0.0.1:{port}",
            $"--State:DatabasePath={Path.Combine(dataFolder, "state.db")}",
            $"--Knowledge:DatabasePath={Path.Combine(dataFolder, "knowledge.db")}",
            $"--DirectLine:DatabasePath={Path.Combine(dataFolder, "directline.db")}",
            $"--Handoff:DatabasePath={Path.Combine(dataFolder, "handoff.db")}",
            $"--Channels:DatabasePath={Path.Combine(dataFolder, "channels.db")}",
            $"--Monitoring:DatabasePath={Path.Combine(dataFolder, "monitoring.db")}",
            "--Understanding:WarmUpSeconds=0",
        })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await bot.WaitUntilHealthyAsync();
        return bot;
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or <c>kill -9</c>.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the bot process exited with {_process.ExitCode}");
            }

            try
            {
                using var response = await Client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the bot process did not become healthy within 180 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
