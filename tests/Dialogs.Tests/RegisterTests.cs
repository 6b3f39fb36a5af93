using Microsoft.Bot.Schema;
using TrierBot.Dialogs.Evaluation;
using TrierBot.Dialogs.Tests.Support;
using TrierBot.Knowledge;

namespace TrierBot.Dialogs.Tests;

/// <summary>
/// "du" or "Sie" before the age is known, on the real recognizer and the demo store: "du" only on a sign of a young
/// person writing about themselves; teachers, parents and formal adults hear "Sie" in every text, fallbacks and the
/// closing question included, and the age question is about the person the offer is for.
/// </summary>
public class RegisterTests
{
    [Fact]
    public async Task Teacher_AsksForHerClass_SieAndAgeOfThePupils()
    {
        using var bot = new BotHarness();

        var all = new List<Activity>();
        all.AddRange(await bot.SayAsync("Guten Tag, ich bin Lehrerin und suche ein Praktikum für meine Klasse"));
        all.AddRange(await bot.SayAsync("blablub"));
        all.AddRange(await bot.SayAsync("danke, das war's"));

        all.AssertContains("Wie alt sind die Schülerinnen und Schüler?");
        Assert.DoesNotContain(all.Messages(), m => ConversationJudge.IsDu(m.Text ?? ""));
    }

    [Fact]
    public async Task Parent_SonWithoutAge_AsksHowOldTheChildIsWithSie()
    {
        using var bot = new BotHarness();

        var all = new List<Activity>();
        all.AddRange(await bot.SayAsync("mein sohn sucht eine ausbildung"));
        all.AddRange(await bot.SayAsync("hm"));
        all.AddRange(await bot.SayAsync("16"));

        all.AssertContains("Wie alt ist Ihr Kind?");
        all.AssertDoesNotContain("Wie alt bist du");
        Assert.DoesNotContain(all.Messages(), m => ConversationJudge.IsDu(m.Text ?? ""));
        Assert.NotEmpty(all.Cards());
    }

    [Theory]
    [InlineData("Können Sie mir sagen, wo ich ein Praktikum finde?")]
    [InlineData("Guten Abend, ich suche eine Weiterbildung.")]
    [InlineData("praktikum")]
    public async Task AdultOrNoSign_AgeUnknown_NeverDu(string message)
    {
        using var bot = new BotHarness();

        var all = new List<Activity>();
        all.AddRange(await bot.SayAsync(message));
        all.AddRange(await bot.SayAsync("xyzzy quux"));
        // the hand-off texts speak to the person: "Sie möchten nicht warten?"
        all.AddRange(await bot.SayAsync("Mensch"));

        all.AssertDoesNotContain("Wie alt bist du");
        Assert.Equal("", string.Join(" | ", all.Messages().Select(m => m.Text ?? "").Where(ConversationJudge.IsDu)));
    }

    [Fact]
    public async Task TeenWithSlang_AgeUnknown_StaysDu()
    {
        using var bot = new BotHarness();

        var all = new List<Activity>();
        all.AddRange(await bot.SayAsync("yo digga such n praktikum"));
        all.AddRange(await bot.SayAsync("15"));

        all.AssertContains("Wie alt bist du");
        Assert.DoesNotContain(all.Messages(), m => ConversationJudge.IsSie(m.Text ?? ""));
    }

    [Fact]
    public async Task RuledOut_BlossNixMitBuero_NoInterestAndNoOfficeOfferFirst()
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync("bin 16 und such ne ausbildung, aber bloß nix mit büro");

        var data = await StoredState.ConversationDataAsync(bot.Storage);
        Assert.Contains(Categories.Wirtschaft, data.Profile.RuledOut);
        Assert.DoesNotContain(Categories.Wirtschaft, data.Profile.Interests);
        var titles = replies.Cards().Select(c => c.Title ?? "").ToList();
        Assert.NotEmpty(titles);
        Assert.DoesNotContain(titles, t => t.Contains("kaufm", StringComparison.OrdinalIgnoreCase) || t.Contains("Büro", StringComparison.OrdinalIgnoreCase));
    }
}
