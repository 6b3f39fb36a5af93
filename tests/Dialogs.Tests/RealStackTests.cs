using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TrierBot.Dialogs.Tests.Support;

namespace TrierBot.Dialogs.Tests;

/// <summary>The conversations on the real recognizer and the real knowledge store with the bundled demo data.</summary>
public class RealStackTests
{
    [Fact]
    public async Task Career_SlotsInFirstMessage_SkipsThemAndShowsRealOffersWithCounselling()
    {
        using var bot = BotHarness.Real();

        var first = await bot.SayAsync("Hallo, ich bin 15 und suche ein Praktikum im Handwerk in Euren");
        var results = await bot.SayAsync("Realschule plus");

        first.AssertDoesNotContain(Asks.Age);
        first.AssertContains(Asks.School);
        var offers = results.Cards().Where(c => c.Buttons.Count == 2).ToList();
        Assert.InRange(offers.Count, 1, 3);
        Assert.All(offers, c => Assert.StartsWith("retribus:", ((JObject)c.Buttons[0].Value)["id"]!.ToString()));
        results.AssertContains("Berufsberatung");
    }

    [Fact]
    public async Task Career_SchoolClassInFirstMessage_AgeNotAskedAndTracedAsClass()
    {
        using var bot = BotHarness.Real(channelId: "emulator");

        var first = await bot.SayAsync("ich bin in der 10. klasse und suche ein praktikum");
        await bot.SayAsync("Realschule plus");
        await bot.SayAsync("Handwerk");
        var results = await bot.SayAsync("egal");

        first.AssertDoesNotContain(Asks.Age);
        first.AssertContains(Asks.School);
        var recognized = JObject.FromObject(first.First(r => r.Type == ActivityTypes.Trace && r.Name == "TrierBot.Recognizer").Value);
        Assert.Equal([10], recognized["entities"]!["schoolClass"]!.Values<int>());
        var search = JObject.FromObject(results.First(r => r.Type == ActivityTypes.Trace && r.Name == "TrierBot.Search").Value);
        Assert.Equal(10 + Prompts.AgeRecognizer.ClassToAgeOffset, search["filters"]!["age"]!.Value<int>());
    }

    [Fact]
    public async Task Career_StepByStep_AsksWhatIsMissingAndFindsOffers()
    {
        using var bot = BotHarness.Real();

        var age = await bot.SayAsync("ich will ne ausbildung machen");
        var school = await bot.SayAsync("16");
        var interest = await bot.SayAsync("IGS");
        var district = await bot.SayAsync("Technik");
        var results = await bot.SayAsync("egal");

        age.AssertContains(Asks.Age);
        school.AssertContains(Asks.School);
        interest.AssertContains(Asks.Interests);
        district.AssertContains(Asks.District);
        Assert.NotEmpty(results.Cards());
        results.AssertContains(Asks.AnythingElse);
    }

    [Fact]
    public async Task Career_DetailsClicked_AnsweredFromTheRealStore()
    {
        using var bot = BotHarness.Real();
        await bot.SayAsync("Hallo, ich bin 15 und suche ein Praktikum im Handwerk in Euren");
        var results = await bot.SayAsync("Gymnasium");
        var details = results.Cards().First().Buttons[0];

        var replies = await bot.ClickAsync(details.Value);

        replies.AssertContains(results.Cards().First().Title);
        replies.AssertContains("@");
    }

    [Fact]
    public async Task Literacy_RealRecognizer_ReassuresAndFindsCoursesOrContacts()
    {
        using var bot = BotHarness.Real();

        var first = await bot.SayAsync("Ich kann nicht so gut lesen und schreiben");
        var offers = await bot.SayAsync("Für mich");
        var phone = await bot.SayAsync("ja");

        first.AssertContains("kostenlos");
        first.AssertContains("vertraulich");
        offers.AssertDoesNotContain("Was möchten Sie lernen");
        Assert.Contains(offers.Cards(), c => c.Title.Contains("Lesen", StringComparison.Ordinal));
        offers.AssertContains("lieber telefonieren");
        phone.AssertContains("Rufen Sie einfach an: 0651 9990-");
    }

    [Fact]
    public async Task Mint_RealRecognizer_AgeFromFirstMessageAndOffersFound()
    {
        using var bot = BotHarness.Real();

        var first = await bot.SayAsync("Meine Tochter ist 12 und interessiert sich für Robotik");
        var results = await bot.SayAsync("egal");

        first.AssertDoesNotContain("Für welches Alter");
        results.AssertDoesNotContain("Was klingt spannend");
        var data = await StoredState.ConversationDataAsync(bot.Storage);
        Assert.Equal(12, data.Profile.Age);
    }

    [Fact]
    public async Task Counselling_RealRecognizer_LeadsToOfficeWithOpeningHours()
    {
        using var bot = BotHarness.Real();

        var replies = await bot.SayAsync("Ich möchte eine Umschulung machen, wer berät mich?");

        replies.AssertContains("Öffnungszeiten");
        replies.AssertContains("0651 9990-");
    }

    [Fact]
    public async Task English_RealRecognizer_WholeConversationInEnglish()
    {
        using var bot = BotHarness.Real();

        var first = await bot.SayAsync("Hi, I am looking for an apprenticeship");
        var second = await bot.SayAsync("16");

        first.AssertContains("How old are you");
        second.AssertContains("Which school");
    }

    [Fact]
    public async Task Handoff_RealRecognizer_SendsHandoffEvent()
    {
        using var bot = BotHarness.Real();
        await bot.SayAsync("Ich suche ein Praktikum");

        var replies = await bot.SayAsync("Ich will mit einem Menschen reden");

        Assert.Contains(replies, r => r.Type == ActivityTypes.Event && r.Name == "handoff.initiate");
        replies.AssertContains("0651 9990-");
    }

    [Fact]
    public async Task Traces_RealStackOnEmulator_RecognizerAndSearchTracesCarryRealIds()
    {
        using var bot = BotHarness.Real(channelId: "emulator");
        await bot.SayAsync("Hallo, ich bin 15 und suche ein Praktikum im Handwerk in Euren");

        var replies = await bot.SayAsync("Gymnasium");

        Assert.Contains(replies, r => r.Type == ActivityTypes.Trace && r.Name == "TrierBot.Recognizer");
        var search = replies.First(r => r.Type == ActivityTypes.Trace && r.Name == "TrierBot.Search");
        var ids = JObject.FromObject(search.Value)["results"]!.Select(r => r["id"]!.ToString()).ToList();
        var cardIds = replies.Cards().Where(c => c.Buttons.Count == 2).Select(c => ((JObject)c.Buttons[0].Value)["id"]!.ToString());
        Assert.All(cardIds, id => Assert.Contains(id, ids));
    }
}
