using Deque.AxeCore.Playwright;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrierBot.Dialogs;
using TrierBot.DirectLine;

namespace TrierBot.Web.Tests;

/// <summary>The real Web Chat bundle in headless Chromium against the real host on loopback.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebChatPageTests
{
    private readonly BrowserFixture _browser;

    public WebChatPageTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task Page_Opened_ShowsWelcomeOnceOverWebSocket()
    {
        await using var host = await LoopbackHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(_browser, host);

        await chat.WaitForTextAsync(ShowcaseBot.WelcomeText);
        await chat.SendAsync("Hallo");
        await chat.WaitForTextAsync(ShowcaseBot.EchoPrefix + "Hallo");

        Assert.Equal(1, await chat.CountTextAsync(ShowcaseBot.WelcomeText));
        Assert.Contains(chat.WebSocketUrls, url => url.Contains("/v3/directline/conversations/") && url.Contains("/stream"));
    }

    [Fact]
    public async Task Page_TrierBotTwoMessages_WelcomeOnceAndEveryMessageSent()
    {
        await using var host = await LoopbackHost.StartAsync(TestBotKind.Trier);
        await using var chat = await ChatPage.OpenAsync(_browser, host);

        await chat.SendAsync("Hallo");
        await chat.WaitForTextAsync(TrierActivityHandler.WelcomeText);
        // The welcome may come with more than one message (menu): count what is there before asking again.
        var botMessagesBefore = (await chat.TranscriptAsync()).Count(t => t.Role == "bot");
        await chat.SendAsync("Ich suche eine Ausbildung");
        await WaitForBotMessagesAsync(chat, botMessagesBefore + 1);

        // Web Chat marks a message "sent" when its echo arrives, which may come just after the bot's answer.
        var transcript = await chat.TranscriptAsync();
        var deadline = DateTime.UtcNow + ChatPage.Timeout;
        while (transcript.Any(t => t.Role == "user" && t.State != "sent") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            transcript = await chat.TranscriptAsync();
        }

        Assert.Single(transcript, t => t.Text == TrierActivityHandler.WelcomeText);
        Assert.All(transcript.Where(t => t.Role == "user"), t => Assert.Equal("sent", t.State));
        Assert.Equal(2, transcript.Count(t => t.Role == "user"));
    }

    [Fact]
    public async Task Page_TypeMessage_EchoConfirmedAndAnswerShown()
    {
        await using var host = await LoopbackHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(_browser, host);

        await chat.SendAsync("Wo finde ich Kurse?");
        await chat.WaitForTextAsync(ShowcaseBot.EchoPrefix + "Wo finde ich Kurse?");

        var transcript = await chat.TranscriptAsync();
        var mine = Assert.Single(transcript, t => t.Role == "user");
        Assert.Equal("sent", mine.State);
        Assert.Equal(1, await chat.CountTextAsync("Wo finde ich Kurse?") - await chat.CountTextAsync(ShowcaseBot.EchoPrefix + "Wo finde ich Kurse?"));
    }

    [Fact]
    public async Task Page_SuggestedActionClicked_SendsItAndKeepsFocusInSendBox()
    {
        await using var host = await LoopbackHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(_browser, host);
        await chat.SendAsync("Hallo");
        await chat.WaitForTextAsync(ShowcaseBot.EchoPrefix + "Hallo");

        var suggestion = chat.SuggestedAction(ShowcaseBot.Suggestions[0]);
        await suggestion.WaitForAsync();
        // Suggested actions must not steal the focus from someone typing.
        Assert.Equal("webchat-sendbox-input", await chat.ActiveElementDataIdAsync());
        await suggestion.ClickAsync();
        await chat.WaitForTextAsync(ShowcaseBot.EchoPrefix + ShowcaseBot.Suggestions[0]);

        Assert.Equal("webchat-sendbox-input", await chat.ActiveElementDataIdAsync());
    }

    [Fact]
    public async Task Page_CardButtonsClicked_ImBackAndPostBackAnswered()
    {
        await using var host = await LoopbackHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(_browser, host);
        await chat.SendAsync("karte");
        await chat.CardButton(ShowcaseBot.CardImBack).WaitForAsync();

        await chat.CardButton(ShowcaseBot.CardImBack).ClickAsync();
        await chat.WaitForTextAsync(ShowcaseBot.EchoPrefix + ShowcaseBot.CardImBack);
        await chat.CardButton(ShowcaseBot.CardPostBack).ClickAsync();
        await chat.WaitForTextAsync(ShowcaseBot.DetailsPrefix + "retribus:RB-1042");
    }

    [Fact]
    public async Task Page_HumanButtonClicked_PostsTheRequest()
    {
        await using var host = await LoopbackHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(_browser, host);

        await chat.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Mit einem Menschen sprechen", Exact = true }).ClickAsync();

        await chat.WaitForTextAsync(ShowcaseBot.EchoPrefix + "Mit einem Menschen sprechen");
    }

    [Fact]
    public async Task Page_Reloaded_ShowsHistoryOnceAndContinues()
    {
        await using var host = await LoopbackHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(_browser, host);
        await chat.SendAsync("vor dem Neuladen");
        await chat.WaitForTextAsync(ShowcaseBot.EchoPrefix + "vor dem Neuladen");
        var conversationId = await chat.SessionValueAsync("conversationId");

        await chat.Page.ReloadAsync();
        await chat.WaitForTextAsync(ShowcaseBot.EchoPrefix + "vor dem Neuladen");
        await chat.SendAsync("nach dem Neuladen");
        await chat.WaitForTextAsync(ShowcaseBot.EchoPrefix + "nach dem Neuladen");

        Assert.Equal(conversationId, await chat.SessionValueAsync("conversationId"));
        Assert.Equal(1, await chat.CountTextAsync(ShowcaseBot.WelcomeText));
        Assert.Equal(1, await chat.CountTextAsync(ShowcaseBot.EchoPrefix + "vor dem Neuladen"));
    }

    [Fact]
    public async Task Page_PollingMode_WorksWithoutWebSocket()
    {
        await using var host = await LoopbackHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(_browser, host, "?transport=polling");

        await chat.WaitForTextAsync(ShowcaseBot.WelcomeText);
        await chat.SendAsync("Hallo per Polling");
        await chat.WaitForTextAsync(ShowcaseBot.EchoPrefix + "Hallo per Polling");

        Assert.Empty(chat.WebSocketUrls);
        Assert.Equal(1, await chat.CountTextAsync(ShowcaseBot.WelcomeText));
    }

    [Fact]
    public async Task Page_SocketDropped_ReconnectsWithoutLostOrDuplicatedMessages()
    {
        await using var host = await LoopbackHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(_browser, host);
        await chat.SendAsync("vorher");
        await chat.WaitForTextAsync(ShowcaseBot.EchoPrefix + "vorher");
        var conversationId = await chat.SessionValueAsync("conversationId");
        var adapter = host.Services.GetRequiredService<DirectLineAdapter>();

        // The server drops the stream; what is sent meanwhile must arrive after the client reconnects.
        host.Services.GetRequiredService<DirectLineConversations>().DisconnectStreams(conversationId);
        await adapter.SendToConversationAsync(conversationId, (Activity)MessageFactory.Text("Nachricht während der Unterbrechung 1"));
        await adapter.SendToConversationAsync(conversationId, (Activity)MessageFactory.Text("Nachricht während der Unterbrechung 2"));
        await chat.WaitForTextAsync("Nachricht während der Unterbrechung 2");
        await chat.SendAsync("nachher");
        await chat.WaitForTextAsync(ShowcaseBot.EchoPrefix + "nachher");

        Assert.True(chat.WebSocketUrls.Count(url => url.Contains("/stream")) >= 2, "the client did not reconnect");
        var texts = (await chat.TranscriptAsync()).Select(t => t.Text).ToList();
        Assert.Equal(texts.Distinct().Count(), texts.Count);
        Assert.Equal(
            [ShowcaseBot.WelcomeText, "vorher", ShowcaseBot.EchoPrefix + "vorher", "Nachricht während der Unterbrechung 1",
             "Nachricht während der Unterbrechung 2", "nachher", ShowcaseBot.EchoPrefix + "nachher"],
            texts);
    }

    [Fact]
    public async Task Page_KeyboardOnly_SendsAndPicksSuggestedAction()
    {
        await using var host = await LoopbackHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(_browser, host);
        await chat.WaitForTextAsync(ShowcaseBot.WelcomeText);
        await chat.Page.Locator("body").FocusAsync();

        for (var i = 0; i < 40 && await chat.ActiveElementDataIdAsync() != "webchat-sendbox-input"; i++) await chat.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("webchat-sendbox-input", await chat.ActiveElementDataIdAsync());
        await chat.Page.Keyboard.TypeAsync("Hallo Tastatur");
        await chat.Page.Keyboard.PressAsync("Enter");
        await chat.WaitForTextAsync(ShowcaseBot.EchoPrefix + "Hallo Tastatur");

        // The suggested actions are one toolbar stop before the send box; arrow keys move inside it.
        for (var i = 0; i < 10 && !await chat.ActiveElementIsSuggestedActionAsync(); i++) await chat.Page.Keyboard.PressAsync("Shift+Tab");
        Assert.Equal(ShowcaseBot.Suggestions[0], await chat.ActiveElementTextAsync());
        await chat.Page.Keyboard.PressAsync("ArrowRight");
        var target = await chat.ActiveElementTextAsync();
        Assert.Equal(ShowcaseBot.Suggestions[1], target);
        await chat.Page.Keyboard.PressAsync("Enter");
        await chat.WaitForTextAsync(ShowcaseBot.EchoPrefix + target);
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task Page_ConversationWithCardAndSuggestions_HasNoAxeViolations(int width, int height)
    {
        await using var host = await LoopbackHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(_browser, host, width: width, height: height);
        await chat.SendAsync("karte");
        await chat.CardButton(ShowcaseBot.CardImBack).WaitForAsync();
        await chat.SendAsync("Hallo");
        await chat.SuggestedAction(ShowcaseBot.Suggestions[0]).WaitForAsync();

        var result = await chat.Page.RunAxe();

        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} -> {string.Join(" | ", v.Nodes.Select(n => string.Join(",", n.Target)))}")));
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task Page_TrierBotOfferCards_DetailsAnsweredAndNoAxeViolations(int width, int height)
    {
        await using var host = await LoopbackHost.StartAsync(TestBotKind.Trier);
        await using var chat = await ChatPage.OpenAsync(_browser, host, width: width, height: height);
        await chat.SendAsync("Hallo");
        await chat.WaitForTextAsync(TrierActivityHandler.WelcomeText);

        await chat.SendAsync("meine tochter ist 12 und mag robotik, was gibt es in den herbstferien?");
        var details = chat.CardButton("Details").First;
        await details.WaitForAsync();
        // The answer to the click is the details text of that very card, which starts with its title.
        var title = (await details.Locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' ac-adaptiveCard ')][1]")
            .Locator(".ac-textBlock").First.InnerTextAsync()).Trim();
        Assert.False(string.IsNullOrEmpty(title));
        Assert.DoesNotContain(await chat.TranscriptAsync(), t => t.Role == "bot" && t.Text.StartsWith(title, StringComparison.Ordinal));
        await details.ClickAsync();
        await WaitForBotMessageAsync(chat, text => text.StartsWith(title, StringComparison.Ordinal), $"the details of \"{title}\"");

        var result = await chat.Page.RunAxe();
        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} -> {string.Join(" | ", v.Nodes.Select(n => string.Join(",", n.Target)))}")));
        await SaveScreenshotAsync(chat, width < 600 ? "chat-phone.png" : "chat-desktop.png");
    }

    [Fact]
    public async Task Page_NewBotMessage_AnnouncedInLiveRegion()
    {
        await using var host = await LoopbackHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(_browser, host);
        await chat.SendAsync("Ansage");
        await chat.WaitForTextAsync(ShowcaseBot.EchoPrefix + "Ansage");

        var liveRegion = chat.Page.Locator("#webchat [aria-live='polite'], #webchat [role='log'], #webchat [role='status']")
            .Filter(new LocatorFilterOptions { HasTextString = ShowcaseBot.EchoPrefix + "Ansage" });
        await liveRegion.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }

    private static async Task WaitForBotMessageAsync(ChatPage chat, Func<string, bool> match, string what)
    {
        var deadline = DateTime.UtcNow + ChatPage.Timeout;
        while (!(await chat.TranscriptAsync()).Any(t => t.Role == "bot" && match(t.Text)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"no answer with {what}");
            await Task.Delay(100);
        }
    }

    private static async Task WaitForBotMessagesAsync(ChatPage chat, int count)
    {
        var deadline = DateTime.UtcNow + ChatPage.Timeout;
        while ((await chat.TranscriptAsync()).Count(t => t.Role == "bot") < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"fewer than {count} bot messages");
            await Task.Delay(100);
        }
    }

    /// <summary>Screenshots of a real conversation; copied to docs/screenshots when TRIERBOT_SCREENSHOTS names that folder.</summary>
    private static async Task SaveScreenshotAsync(ChatPage chat, string name)
    {
        var folder = Environment.GetEnvironmentVariable("TRIERBOT_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        await chat.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
    }
}
