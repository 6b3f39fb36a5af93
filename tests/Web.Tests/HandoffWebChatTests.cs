using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrierBot.Handoff;

namespace TrierBot.Web.Tests;

/// <summary>
/// Two real browsers on one host: a user in Web Chat (Direct Line) and counsellors in the console. Escalate, queue,
/// accept, messages both ways, transfer to another team, hand back, the bot answers again.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HandoffWebChatTests(BrowserFixture browser)
{
    private const string Password = "geheim-genug-123";

    // Open all week, so that the test does not depend on when it runs.
    private static readonly Dictionary<string, string?> AlwaysOpen = new()
    {
        ["Handoff:OfficeHours:Days:0"] = "Monday", ["Handoff:OfficeHours:Days:1"] = "Tuesday", ["Handoff:OfficeHours:Days:2"] = "Wednesday",
        ["Handoff:OfficeHours:Days:3"] = "Thursday", ["Handoff:OfficeHours:Days:4"] = "Friday", ["Handoff:OfficeHours:Days:5"] = "Saturday",
        ["Handoff:OfficeHours:Days:6"] = "Sunday", ["Handoff:OfficeHours:Opens"] = "00:00", ["Handoff:OfficeHours:Closes"] = "23:59:59",
    };

    [Fact]
    public async Task Handoff_WebChatUserAndCounsellorConsole_MessagesBothWaysTransferAndHandBack()
    {
        await using var host = await LoopbackHost.StartAsync(TestBotKind.Trier, AlwaysOpen);
        var accounts = host.Services.GetRequiredService<CounsellorAccounts>();
        accounts.Save("anna", "Anna (Demo)", [HandoffTeams.Grundbildung], Password);
        accounts.Save("ben", "Ben (Demo)", [HandoffTeams.Mint], Password);
        await using var user = await ChatPage.OpenAsync(browser, host);

        // The user starts in the literacy path and asks for a person with the page's button.
        await user.SendAsync("ich kann nicht so gut lesen und schreiben");
        await user.Page.Locator("#talk-to-human").ClickAsync();

        // Anna (Grundbildung) sees the conversation in her queue and accepts it.
        var anna = await OpenConsoleAsync(host, "anna");
        var item = anna.Locator("#queue li.case");
        await Assertions.Expect(item).ToHaveCountAsync(1);
        await Assertions.Expect(item).ToContainTextAsync(HandoffTeams.Grundbildung);
        await item.Locator("button.accept").ClickAsync();
        var view = anna.Locator("article.conversation").First;
        await user.WaitForTextAsync(HandoffTexts.Accepted(false, "Anna (Demo)", formal: true));

        // Messages both ways: the counsellor's in Web Chat, the user's live in the console, as text.
        await view.Locator("textarea").FillAsync("Hallo, ich bin Anna. Wie kann ich helfen?");
        await view.Locator("textarea").PressAsync("Enter");
        await user.WaitForTextAsync("Hallo, ich bin Anna. Wie kann ich helfen?");
        const string userText = "<b>Briefe vom Amt</b> verstehe ich oft nicht";
        await user.SendAsync(userText);
        await Assertions.Expect(view.Locator(".transcript li.user").Last.Locator(".text")).ToHaveTextAsync(userText);

        // Transfer to MINT: the user is told, Ben takes over.
        await view.Locator("details.transfer summary").ClickAsync();
        await view.Locator("select[name=team]").SelectOptionAsync(HandoffTeams.Mint);
        await view.Locator("input[name=note]").FillAsync("möchte lieber etwas mit Technik");
        await view.Locator(".transfer-form button[type=submit]").ClickAsync();
        await user.WaitForTextAsync(HandoffTexts.Transferred(false, HandoffTeams.Mint, formal: true));
        var ben = await OpenConsoleAsync(host, "ben");
        var benItem = ben.Locator("#queue li.case");
        await Assertions.Expect(benItem).ToHaveCountAsync(1);
        await benItem.Locator("button.accept").ClickAsync();
        await user.WaitForTextAsync(HandoffTexts.Accepted(false, "Ben (Demo)", formal: true));

        // Hand back: the user is told, and the bot answers again.
        var benView = ben.Locator("article.conversation").First;
        await benView.Locator("button.handback").ClickAsync();
        await user.WaitForTextAsync(HandoffTexts.HandedBack(false, formal: true));
        var botMessages = (await user.TranscriptAsync()).Count(t => t.Role == "bot");
        await user.SendAsync("hallo");
        var deadline = DateTime.UtcNow + ChatPage.Timeout;
        while ((await user.TranscriptAsync()).Count(t => t.Role == "bot") <= botMessages && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True((await user.TranscriptAsync()).Count(t => t.Role == "bot") > botMessages, "the bot did not answer after the hand-back");
    }

    [Theory]
    [InlineData(1280, 900, "handoff-desktop.png")]
    [InlineData(360, 740, "handoff-phone.png")]
    public async Task Handoff_CounsellorWrites_WebChatShowsNameAndOwnAvatarNotTheBots(int width, int height, string screenshot)
    {
        await using var host = await LoopbackHost.StartAsync(TestBotKind.Trier, AlwaysOpen);
        // No display name given: the user sees the login as a name, capitalised.
        host.Services.GetRequiredService<CounsellorAccounts>().Save("anna", "", [HandoffTeams.Grundbildung], Password);
        await using var user = await ChatPage.OpenAsync(browser, host, width: width, height: height);
        await user.SendAsync("ich suche einen kurs zum lesen und schreiben");
        await user.Page.Locator("#talk-to-human").ClickAsync();
        var store = host.Services.GetRequiredService<HandoffStore>();
        var deadline = DateTime.UtcNow + ChatPage.Timeout;
        while (store.OpenCases().Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(100);
        var queued = Assert.Single(store.OpenCases());

        var queue = host.Services.GetRequiredService<HandoffQueue>();
        var anna = new CounsellorIdentity("anna", store.FindAccount("anna")!.DisplayName, [HandoffTeams.Grundbildung]);
        Assert.Equal(HandoffResult.Done, await queue.AcceptAsync(queued.Id, anna, default));
        await user.WaitForTextAsync(HandoffTexts.Accepted(false, "Anna", formal: true));
        const string counsellorText = "Hallo, ich bin Anna vom Bildungsbüro. Wobei kann ich helfen?";
        Assert.Equal(HandoffResult.Done, await queue.SendMessageAsync(queued.Id, anna, counsellorText, default));
        await user.WaitForTextAsync(counsellorText);
        await user.SendAsync("Ich möchte besser lesen lernen, für die Arbeit.");
        await user.WaitForTextAsync("Ich möchte besser lesen lernen, für die Arbeit.");

        // The counsellor's message: her name and "Beratung", her own initials on another colour; the bot's stay "TB".
        var counsellorActivity = Activity(user.Page, counsellorText);
        await Assertions.Expect(counsellorActivity.Locator(".trierbot-sender__name")).ToHaveTextAsync("Anna · Beratung");
        var avatar = counsellorActivity.Locator(".trierbot-avatar--counsellor");
        await Assertions.Expect(avatar).ToBeVisibleAsync();
        await Assertions.Expect(avatar).ToHaveTextAsync("A");
        var botActivity = Activity(user.Page, HandoffTexts.Accepted(false, "Anna", formal: true));
        await Assertions.Expect(botActivity.Locator(".trierbot-sender__name")).ToHaveCountAsync(0);
        await Assertions.Expect(botActivity.Locator(".trierbot-avatar")).ToHaveCountAsync(0);
        await Assertions.Expect(user.Page.Locator(".webchat__initialsAvatar").Filter(new LocatorFilterOptions { HasTextString = "TB" }).First).ToBeVisibleAsync();
        var colours = await avatar.EvaluateAsync<string[]>(
            "a => [getComputedStyle(a).backgroundColor, getComputedStyle(document.querySelector('.webchat__initialsAvatar:not(.webchat__initialsAvatar--fluent)') || document.querySelector('.webchat__initialsAvatar')).backgroundColor]");
        Assert.NotEqual(colours[1], colours[0]);

        await SaveScreenshotAsync(user, screenshot);
    }

    [Fact]
    public async Task Handoff_PersonClosesTheChatWhileWaiting_AbgebrochenAndGoneFromTheConsoleLive()
    {
        var settings = new Dictionary<string, string?>(AlwaysOpen) { ["Handoff:AbandonAfter"] = "00:00:03", ["Handoff:CheckInterval"] = "00:00:00.5" };
        await using var host = await LoopbackHost.StartAsync(TestBotKind.Trier, settings);
        host.Services.GetRequiredService<CounsellorAccounts>().Save("anna", "Anna (Demo)", [HandoffTeams.Grundbildung], Password);
        var user = await ChatPage.OpenAsync(browser, host);
        await user.SendAsync("ich kann nicht so gut lesen und schreiben");
        await user.Page.Locator("#talk-to-human").ClickAsync();

        // The console speaks German: the topic is "Lesen und Schreiben", not the recognizer's "Literacy".
        var anna = await OpenConsoleAsync(host, "anna");
        var item = anna.Locator("#queue li.case");
        await Assertions.Expect(item).ToHaveCountAsync(1);
        await Assertions.Expect(item.Locator(".summary")).ToContainTextAsync("Thema: Lesen und Schreiben / Grundbildung");
        await Assertions.Expect(item.Locator(".summary")).Not.ToContainTextAsync("Literacy");
        await item.Locator("button.watch").ClickAsync();
        var view = anna.Locator("article.conversation").First;

        // Silent but with the page open (socket connected): longer than AbandonAfter, still waiting.
        await Task.Delay(TimeSpan.FromSeconds(5));
        await Assertions.Expect(item).ToHaveCountAsync(1);

        // The tab closes: the case is closed as "abgebrochen" and leaves the queue without a reload.
        await user.DisposeAsync();
        await Assertions.Expect(item).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 20_000 });
        await Assertions.Expect(view.Locator(".state")).ToContainTextAsync("abgebrochen");
        var handoffCase = host.Services.GetRequiredService<HandoffStore>().FindCase((await view.GetAttributeAsync("data-case-id"))!)!;
        Assert.Equal((HandoffCaseStatus.Closed, HandoffCase.AbandonedReason), (handoffCase.Status, handoffCase.ClosedReason));
    }

    // The transcript entry (bubble, avatar, status) that shows this text.
    private static ILocator Activity(IPage page, string text) =>
        page.Locator(".webchat__basic-transcript__activity").Filter(new LocatorFilterOptions { HasTextString = text }).Last;

    /// <summary>Screenshots for docs/screenshots, written when TRIERBOT_SCREENSHOTS names that folder.</summary>
    private static async Task SaveScreenshotAsync(ChatPage chat, string name)
    {
        var folder = Environment.GetEnvironmentVariable("TRIERBOT_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        await chat.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name) });
    }

    private async Task<IPage> OpenConsoleAsync(LoopbackHost host, string login)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "/counsellor/login").ToString());
        await page.FillAsync("#login", login);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/counsellor"));
        return page;
    }
}
