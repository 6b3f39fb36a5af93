using System.Net;
using Microsoft.Playwright;
using TrierBot.Dialogs;

namespace TrierBot.Web.Tests;

/// <summary>"Verlauf jetzt löschen" and "Lösche meine Daten" on the chat page, in Chromium against the real host.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DeleteHistoryPageTests
{
    private const string Confirmation = "Dein Verlauf ist gelöscht";
    private readonly BrowserFixture _browser;

    public DeleteHistoryPageTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task Page_DeleteButtonClicked_ConfirmsAndNextMessageGoesToAFreshConversation()
    {
        await using var host = await LoopbackHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(_browser, host);
        await chat.SendAsync("mein Geheimnis");
        await chat.WaitForTextAsync(ShowcaseBot.EchoPrefix + "mein Geheimnis");
        var erased = await chat.SessionValueAsync("conversationId");
        var erasedToken = await chat.SessionValueAsync("token");

        await chat.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Verlauf jetzt löschen", Exact = true }).ClickAsync();

        await AssertFreshConversationAsync(chat, erased, ShowcaseBot.EchoPrefix + "nach dem Löschen");
        Assert.Equal(0, await chat.CountTextAsync("mein Geheimnis"));
        Assert.Equal(HttpStatusCode.NotFound, await OldConversationStatusAsync(host, erased, erasedToken));
    }

    [Fact]
    public async Task Page_DeleteMyDataTypedAndConfirmed_ConfirmsAndNextMessageGoesToAFreshConversation()
    {
        await using var host = await LoopbackHost.StartAsync(TestBotKind.Trier);
        await using var chat = await ChatPage.OpenAsync(_browser, host);
        await chat.SendAsync("Hallo");
        await chat.WaitForTextAsync(TrierActivityHandler.WelcomeText);
        var erased = await chat.SessionValueAsync("conversationId");
        var erasedToken = await chat.SessionValueAsync("token");
        await chat.SendAsync("Lösche meine Daten");

        await chat.SuggestedAction("Ja, löschen").ClickAsync();

        await AssertFreshConversationAsync(chat, erased, TrierActivityHandler.WelcomeText);
        Assert.Equal(1, await chat.CountTextAsync(TrierActivityHandler.WelcomeText));
        Assert.Equal(HttpStatusCode.NotFound, await OldConversationStatusAsync(host, erased, erasedToken));
    }

    /// <summary>The page says it deleted, and a new message is answered in a new conversation (no 404 from the old one).</summary>
    private static async Task AssertFreshConversationAsync(ChatPage chat, string erased, string answer)
    {
        await chat.Page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasTextString = Confirmation }).WaitForAsync();
        // What the old page did while it went away does not count; the fresh page must not touch the old conversation.
        lock (chat.FailedRequests) chat.FailedRequests.Clear();
        await chat.Page.WaitForFunctionAsync("() => window.trierBotChat && window.trierBotChat.store.getState().connectivityStatus === 'connected'");
        await chat.SendAsync("nach dem Löschen");
        await chat.WaitForTextAsync(answer);
        Assert.NotEqual(erased, await chat.SessionValueAsync("conversationId"));
        lock (chat.FailedRequests) Assert.Empty(chat.FailedRequests);
    }

    /// <summary>What the server says about the old conversation, asked with its own token.</summary>
    private static async Task<HttpStatusCode> OldConversationStatusAsync(LoopbackHost host, string erased, string token)
    {
        using var client = new DirectLineTestClient(host) { Token = token, ConversationId = erased };
        using var response = await client.SendAsync(HttpMethod.Get, $"conversations/{erased}/activities");
        return response.StatusCode;
    }
}
