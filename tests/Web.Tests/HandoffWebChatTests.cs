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
        await user.WaitForTextAsync(HandoffTexts.Accepted(false, "Anna (Demo)"));

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
        await user.WaitForTextAsync(HandoffTexts.Transferred(false, HandoffTeams.Mint));
        var ben = await OpenConsoleAsync(host, "ben");
        var benItem = ben.Locator("#queue li.case");
        await Assertions.Expect(benItem).ToHaveCountAsync(1);
        await benItem.Locator("button.accept").ClickAsync();
        await user.WaitForTextAsync(HandoffTexts.Accepted(false, "Ben (Demo)"));

        // Hand back: the user is told, and the bot answers again.
        var benView = ben.Locator("article.conversation").First;
        await benView.Locator("button.handback").ClickAsync();
        await user.WaitForTextAsync(HandoffTexts.HandedBack(false));
        var botMessages = (await user.TranscriptAsync()).Count(t => t.Role == "bot");
        await user.SendAsync("hallo");
        var deadline = DateTime.UtcNow + ChatPage.Timeout;
        while ((await user.TranscriptAsync()).Count(t => t.Role == "bot") <= botMessages && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True((await user.TranscriptAsync()).Count(t => t.Role == "bot") > botMessages, "the bot did not answer after the hand-back");
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
