using System.Diagnostics;
using System.Text;
using TrierBot.Dialogs;

namespace TrierBot.Web.Tests;

/// <summary>
/// Deployments run the output of <c>dotnet publish</c>, not <c>dotnet run</c>: publish twice in this tree (as a build
/// server does on every release), then chat in Chromium with the published host.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PublishedSiteTests
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(8);

    // what wwwroot/lib may hold: the bundle, its licence, and the compressed copies the Web SDK adds for static files
    private static readonly string[] BundleFiles = ["webchat.js", "webchat.js.LICENSE.txt"];
    private static readonly string[] CompressedSuffixes = ["", ".br", ".gz"];

    private readonly BrowserFixture _browser;

    public PublishedSiteTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task Publish_TwiceInSameTree_PublishedPageChats()
    {
        var root = LoopbackHost.RepositoryRoot();
        var output = Directory.CreateTempSubdirectory("trierbot-publish-").FullName;
        try
        {
            // The second publish finds the bundle that the first build fetched in wwwroot's glob as well.
            await PublishAsync(root, output);
            await PublishAsync(root, output);

            var lib = Path.Combine(output, "wwwroot", "lib");
            var allowed = BundleFiles.SelectMany(f => CompressedSuffixes.Select(s => f + s)).ToHashSet();
            var published = Directory.GetFiles(lib).Select(f => Path.GetFileName(f)).ToList();
            Assert.All(published, name => Assert.Contains(name, allowed));
            Assert.Equal(
                await File.ReadAllBytesAsync(Path.Combine(root, "bot", "wwwroot", "lib", "webchat.js")),
                await File.ReadAllBytesAsync(Path.Combine(lib, "webchat.js")));
            Assert.Contains("WebChat", Encoding.UTF8.GetString(await File.ReadAllBytesAsync(Path.Combine(lib, "webchat.js"))));

            await using var bot = await PublishedBot.StartAsync(output);
            await using var chat = await ChatPage.OpenAsync(_browser, bot.BaseAddress);
            await chat.SendAsync("ich suche ein praktikum");
            await chat.WaitForTextAsync(TrierActivityHandler.WelcomeText);
            await WaitForAnswerAfterWelcomeAsync(chat);
        }
        finally
        {
            try { Directory.Delete(output, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task PublishAsync(string root, string output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // no build nodes left running after the test
        foreach (var arg in new[] { "publish", "bot", "-c", "Release", "-o", output, "-nologo", "-nodeReuse:false", "-clp:ErrorsOnly" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(PublishTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet publish took longer than {PublishTimeout.TotalMinutes} min");
        }

        Assert.True(process.ExitCode == 0, $"dotnet publish exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
    }

    // the welcome, then at least one more bot message, none of them the apology of a failed turn
    private static async Task WaitForAnswerAfterWelcomeAsync(ChatPage chat)
    {
        var deadline = DateTime.UtcNow + ChatPage.Timeout;
        while (true)
        {
            var bot = (await chat.TranscriptAsync()).Where(t => t.Role == "bot").Select(t => t.Text).ToList();
            Assert.DoesNotContain(bot, text => text.Contains("schiefgelaufen", StringComparison.Ordinal));
            var welcome = bot.IndexOf(TrierActivityHandler.WelcomeText);
            if (welcome >= 0 && bot.Skip(welcome + 1).Any(text => text.Length > 0)) return;
            Assert.True(DateTime.UtcNow < deadline, "no answer after the welcome: " + string.Join(" | ", bot));
            await Task.Delay(100);
        }
    }
}
