using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace TrierBot.Benchmarks;

/// <summary>
/// Direct Line under load: 200 concurrent conversations on loopback, each posting messages one after another and
/// waiting for the bot's reply on its WebSocket. Reports messages/s and p50/p99 delivery latency (POST sent →
/// reply frame received), through the real host. Baseline in the same run: a raw WebSocket echo (no HTTP, no bot, no storage) with the
/// same clients, i.e. what loopback and Kestrel cost on their own.
/// </summary>
public sealed class DirectLineBenchmark : IBenchmark
{
    private const int Conversations = 200;
    private const int MessagesPerConversation = 10;

    public string Name => "directline";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var dataFolder = Directory.CreateTempSubdirectory("trierbot-bench-").FullName;
        try
        {
            await using (var echo = await StartEchoHostAsync())
            {
                await RunEchoAsync(echo.Address, 1, cancellationToken); // warm-up
                var baseline = await RunEchoAsync(echo.Address, MessagesPerConversation, cancellationToken);
                output.WriteLine($"baseline raw WebSocket echo: {Describe(baseline)}");
            }
            await using (var host = await StartDirectLineHostAsync(dataFolder))
            {
                await RunDirectLineAsync(host.Address, 1, cancellationToken); // warm-up: JIT, LiteDB pages, bot state
                var ours = await RunDirectLineAsync(host.Address, MessagesPerConversation, cancellationToken);
                output.WriteLine($"Direct Line + TrierBot turn, real host (state in LiteDB): {Describe(ours)}");
            }
            await using (var host = await StartDirectLineHostAsync(dataFolder, memoryState: true))
            {
                await RunDirectLineAsync(host.Address, 1, cancellationToken);
                var transport = await RunDirectLineAsync(host.Address, MessagesPerConversation, cancellationToken);
                output.WriteLine($"Direct Line + TrierBot turn, bot state in memory:   {Describe(transport)}");
            }
            output.WriteLine($"({Conversations} concurrent conversations × {MessagesPerConversation} messages, loopback, {Environment.ProcessorCount} cores)");
        }
        finally
        {
            try { Directory.Delete(dataFolder, recursive: true); } catch (IOException) { }
        }
    }

    private static string Describe(LoadResult result)
    {
        var sorted = result.Latencies.Order().ToArray();
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return $"{result.Latencies.Count / result.Elapsed.TotalSeconds,8:F0} messages/s, p50 {Percentile(0.50),6:F1} ms, p99 {Percentile(0.99),6:F1} ms";
    }

    private static async Task<LoadResult> RunDirectLineAsync(Uri address, int messages, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000 }) { BaseAddress = address };
        var clients = await Task.WhenAll(Enumerable.Range(0, Conversations).Select(_ => ConnectAsync(http, cancellationToken)));
        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        var perConversation = await Task.WhenAll(clients.Select(client => ConverseAsync(http, client, messages, cancellationToken)));
        clock.Stop();
        foreach (var client in clients) client.Socket.Abort();
        foreach (var list in perConversation) latencies.AddRange(list);
        return new LoadResult(latencies, clock.Elapsed);
    }

    private static async Task<Client> ConnectAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var generated = JObject.Parse(await (await http.PostAsync("v3/directline/tokens/generate", null, cancellationToken)).Content.ReadAsStringAsync(cancellationToken));
        var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (string)generated["token"]!);
        var conversation = JObject.Parse(await (await http.SendAsync(start, cancellationToken)).Content.ReadAsStringAsync(cancellationToken));
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)conversation["streamUrl"]!), cancellationToken);
        var replies = Channel.CreateUnbounded<(string? ReplyToId, long Ticks)>();
        _ = ReceiveRepliesAsync(socket, replies.Writer);
        return new Client((string)conversation["conversationId"]!, (string)conversation["token"]!, socket, replies.Reader);
    }

    private static async Task ReceiveRepliesAsync(WebSocket socket, ChannelWriter<(string?, long)> replies)
    {
        var buffer = new byte[256 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var count = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
                    count += result.Count;
                }
                while (!result.EndOfMessage);
                if (result.MessageType == WebSocketMessageType.Close) break;
                var arrived = Stopwatch.GetTimestamp();
                foreach (var activity in JObject.Parse(Encoding.UTF8.GetString(buffer, 0, count))["activities"]!)
                {
                    if ((string?)activity["from"]?["role"] == "bot") replies.TryWrite(((string?)activity["replyToId"], arrived));
                }
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            replies.TryComplete();
        }
    }

    private static async Task<List<double>> ConverseAsync(HttpClient http, Client client, int messages, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(messages);
        for (var i = 0; i < messages; i++)
        {
            var sent = Stopwatch.GetTimestamp();
            var post = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{client.ConversationId}/activities")
            {
                Content = new StringContent($"{{\"type\":\"message\",\"text\":\"Ich suche einen Kurs {i}\",\"channelData\":{{\"clientActivityID\":\"b{i}\"}}}}", Encoding.UTF8, "application/json"),
            };
            post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.Token);
            var response = await http.SendAsync(post, cancellationToken);
            response.EnsureSuccessStatusCode();
            var id = (string)JObject.Parse(await response.Content.ReadAsStringAsync(cancellationToken))["id"]!;
            while (true)
            {
                var (replyTo, arrived) = await client.Replies.ReadAsync(cancellationToken);
                if (replyTo != id) continue;
                latencies.Add(Stopwatch.GetElapsedTime(sent, arrived).TotalMilliseconds);
                break;
            }
        }
        return latencies;
    }

    private static async Task<LoadResult> RunEchoAsync(Uri address, int messages, CancellationToken cancellationToken)
    {
        var wsAddress = new UriBuilder(address) { Scheme = "ws", Path = "/echo" }.Uri;
        var sockets = await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async _ =>
        {
            var socket = new ClientWebSocket();
            await socket.ConnectAsync(wsAddress, cancellationToken);
            return socket;
        }));
        var clock = Stopwatch.StartNew();
        var perSocket = await Task.WhenAll(sockets.Select(async socket =>
        {
            var latencies = new List<double>(messages);
            var buffer = new byte[4096];
            for (var i = 0; i < messages; i++)
            {
                var sent = Stopwatch.GetTimestamp();
                await socket.SendAsync(Encoding.UTF8.GetBytes($"{{\"text\":\"Ich suche einen Kurs {i}\"}}"), WebSocketMessageType.Text, true, cancellationToken);
                await socket.ReceiveAsync(buffer, cancellationToken);
                latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }
            return latencies;
        }));
        clock.Stop();
        foreach (var socket in sockets) socket.Abort();
        return new LoadResult(perSocket.SelectMany(l => l).ToList(), clock.Elapsed);
    }

    /// <summary>
    /// The real host (state in LiteDB, turn gate, TrierBot), rate limits lifted for the load. With
    /// <paramref name="memoryState"/> the bot state lives in memory, which separates Direct Line's own cost from the state store's.
    /// </summary>
    private static async Task<RunningHost> StartDirectLineHostAsync(string dataFolder, bool memoryState = false)
    {
        var folder = Directory.CreateDirectory(Path.Combine(dataFolder, memoryState ? "memory" : "litedb")).FullName;
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            $"--State:DatabasePath={Path.Combine(folder, "state.db")}",
            $"--Knowledge:DatabasePath={Path.Combine(folder, "knowledge.db")}",
            $"--DirectLine:DatabasePath={Path.Combine(folder, "directline.db")}",
            "--DirectLine:PermitsPerToken=1000000",
            "--DirectLine:PermitsPerIp=1000000",
        ];
        return await RunningHost.StartAsync(memoryState
            ? Program.BuildWebApp(args, builder => builder.Services.AddSingleton<IStorage, MemoryStorage>())
            : Program.BuildWebApp(args));
    }

    private static async Task<RunningHost> StartEchoHostAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets();
        app.Map("/echo", async (HttpContext http) =>
        {
            using var socket = await http.WebSockets.AcceptWebSocketAsync();
            var buffer = new byte[4096];
            try
            {
                while (true)
                {
                    var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close) break;
                    await socket.SendAsync(buffer.AsMemory(0, result.Count), WebSocketMessageType.Text, true, CancellationToken.None);
                }
            }
            catch (WebSocketException)
            {
            }
        });
        return await RunningHost.StartAsync(app);
    }

    private sealed record Client(string ConversationId, string Token, ClientWebSocket Socket, ChannelReader<(string? ReplyToId, long Ticks)> Replies);

    private sealed record LoadResult(List<double> Latencies, TimeSpan Elapsed);

    private sealed class RunningHost(WebApplication app, Uri address) : IAsyncDisposable
    {
        public Uri Address { get; } = address;

        public static async Task<RunningHost> StartAsync(WebApplication app)
        {
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new RunningHost(app, new Uri(address + "/"));
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
