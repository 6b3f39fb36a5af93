using TrierBot.Dialogs.Tests.Support;

namespace TrierBot.Dialogs.Tests;

public class LiteracyDialogTests
{
    [Fact]
    public async Task Literacy_FirstAnswer_SaysFreeConfidentialAndNoShame()
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync("Ich kann nicht so gut lesen");

        var reassurance = replies.Messages().ElementAt(1).Text;
        Assert.Contains("kostenlos", reassurance);
        Assert.Contains("vertraulich", reassurance);
        Assert.Contains("nicht schämen", reassurance);
        replies.AssertContains("Für wen suchen Sie Hilfe?");
    }

    [Fact]
    public async Task Literacy_LearnerHappyPath_FindsLerncafeAndGivesPhoneInsteadOfTyping()
    {
        using var bot = new BotHarness();

        var all = new List<Microsoft.Bot.Schema.Activity>();
        all.AddRange(await bot.SayAsync("Ich möchte besser schreiben lernen"));
        all.AddRange(await bot.SayAsync("Für mich"));
        var offers = await bot.SayAsync("Lesen und Schreiben");
        var phone = await bot.SayAsync("ja");
        all.AddRange(offers);
        all.AddRange(phone);

        Assert.Contains(offers.Cards(), c => c.Title == "Lerncafé Lesen und Schreiben (Demo)");
        offers.AssertContains("Das passt gut für Sie");
        offers.AssertDoesNotContain("zu dir");
        Assert.DoesNotContain(offers.Cards(), c => c.Text.Contains("dein", StringComparison.OrdinalIgnoreCase));
        offers.AssertContains("lieber telefonieren");
        phone.AssertContains("0651 9990-1002");
        phone.AssertContains("Namen nicht sagen");
        all.AssertDoesNotContain("Wie heißen Sie");
        all.AssertDoesNotContain("Ihr Name");
    }

    [Fact]
    public async Task Literacy_AskingForSomeoneElse_IsRecognizedFromTheFirstMessage()
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync("Meine Mutter kann nicht gut lesen und schreiben");

        replies.AssertContains("kostenlos");
        replies.AssertDoesNotContain("Für wen suchen Sie Hilfe?");
        replies.AssertContains("Lerncafé");
    }

    [Fact]
    public async Task Literacy_ForSomeoneElsePickedFromList_AsksWhatThePersonWantsToLearn()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Es geht um Grundbildung, lesen");
        await bot.SayAsync("hallo");

        var replies = await bot.SayAsync("2");

        replies.AssertContains("Es ist gut, dass Sie helfen wollen");
    }

    [Fact]
    public async Task Literacy_RatherKeepTyping_SaysTheyCanWriteAnyTime()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich will rechnen lernen");
        await bot.SayAsync("Für mich");

        var replies = await bot.SayAsync("nein");

        replies.AssertContains("jederzeit wieder schreiben");
    }

    [Fact]
    public async Task Literacy_Texts_UseShortSentencesWithoutAbbreviations()
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync("Ich kann nicht so gut lesen");

        var reassurance = replies.Messages().ElementAt(1).Text!;
        var sentences = reassurance.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.All(sentences, s => Assert.True(s.Split(' ').Length <= 10, $"too long for einfache Sprache: {s}"));
        Assert.DoesNotContain("z. B.", reassurance);
        Assert.DoesNotContain("bzw.", reassurance);
    }

    [Fact]
    public async Task Literacy_English_AnswersInEnglish()
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync("I need help with reading please");

        replies.AssertContains("The help is free");
        replies.AssertContains("Who are you looking for help for?");
    }
}
