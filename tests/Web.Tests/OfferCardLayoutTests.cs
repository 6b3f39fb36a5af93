using System.Text.Json;
using Microsoft.Playwright;
using TrierBot.Dialogs.Conversations;
using TrierBot.Dialogs.Texts;

namespace TrierBot.Web.Tests;

/// <summary>
/// Offer cards as a person sees them on a phone (360×740) and on a desktop: each card fits inside the strip that
/// shows it, nothing inside a card is wider than the card, and no title is cut off.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OfferCardLayoutTests(BrowserFixture browser)
{
    // Measured in the page: each card (carousel item or single card), the strip or chat that shows it, and its texts.
    private const string MeasureScript = """
        () => {
          const chat = document.getElementById('webchat').getBoundingClientRect();
          return [...document.querySelectorAll('.ac-adaptiveCard')].map(card => {
            const item = card.closest('.webchat__carousel-filmstrip-attachment');
            const strip = card.closest('.webchat__carousel-filmstrip');
            const outer = (item || card.closest('.webchat__bubble')).getBoundingClientRect();
            const texts = [...card.querySelectorAll('.ac-textBlock')];
            return {
              title: texts.length ? texts[0].textContent : '',
              inCarousel: !!item,
              width: outer.width,
              room: strip ? strip.clientWidth : chat.width,
              left: outer.left, right: outer.right, chatLeft: chat.left, chatRight: chat.right,
              contentOverflow: card.scrollWidth - card.clientWidth,
              clipped: texts.filter(t => [t, ...t.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)).map(t => t.textContent)
            };
          });
        }
        """;

    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 900)]
    public async Task OfferCards_PhoneAndDesktop_FitTheirStripAndTitlesNotClipped(int width, int height)
    {
        await using var host = await LoopbackHost.StartAsync(TestBotKind.Trier);
        await using var chat = await ChatPage.OpenAsync(browser, host, width: width, height: height);
        // Age, district and interest in one message: the career path shows three offers in one carousel at once.
        await chat.SendAsync("Ich bin 15, wohne in Trier-Nord und suche ein Praktikum im Handwerk");
        await Assertions.Expect(chat.Page.Locator(".webchat__carousel-filmstrip-attachment")).ToHaveCountAsync(3);
        // Fonts and the card renderer settle after the first paint.
        await chat.Page.EvaluateAsync("() => document.fonts.ready");

        var cards = JsonDocument.Parse(await chat.Page.EvaluateAsync<string>($"() => JSON.stringify(({MeasureScript})())")).RootElement.EnumerateArray().ToList();

        Assert.True(cards.Count(c => c.GetProperty("inCarousel").GetBoolean()) == 3, $"{cards.Count} cards");
        var report = string.Join("\n", cards.Select(c => c.ToString()));
        foreach (var card in cards)
        {
            Assert.True(card.GetProperty("width").GetDouble() <= card.GetProperty("room").GetDouble() + 0.5, "a card is wider than what shows it:\n" + report);
            Assert.True(card.GetProperty("contentOverflow").GetDouble() <= 1, "a card's content is wider than the card:\n" + report);
            Assert.True(card.GetProperty("clipped").GetArrayLength() == 0, "clipped text:\n" + report);
            if (!card.GetProperty("inCarousel").GetBoolean())
            {
                Assert.True(card.GetProperty("left").GetDouble() >= card.GetProperty("chatLeft").GetDouble() - 0.5 && card.GetProperty("right").GetDouble() <= card.GetProperty("chatRight").GetDouble() + 0.5, "a card sticks out of the chat:\n" + report);
            }
        }

        await chat.Page.Locator(".webchat__carousel-filmstrip-attachment").First.ScrollIntoViewIfNeededAsync();
        await SaveScreenshotAsync(chat, width < 600 ? "offers-phone.png" : "offers-desktop.png");
    }

    /// <summary>Screenshots for docs/screenshots, written when TRIERBOT_SCREENSHOTS names that folder.</summary>
    private static async Task SaveScreenshotAsync(ChatPage chat, string name)
    {
        var folder = Environment.GetEnvironmentVariable("TRIERBOT_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        await chat.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name) });
    }

}
