using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TrierBot.Dialogs.Evaluation;
using TrierBot.Dialogs.Tests.Support;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Tests;

/// <summary>
/// The guided topic engine as people write to it, on the real recognizer and the real store with the demo data:
/// several facts at once, answers to other questions, corrections, someone else, questions on the way.
/// </summary>
public class GuidedTopicDialogTests
{
    [Theory]
    [InlineData("bin 15 wohn in euren und will ein praktikum in der kfz werkstatt", "retribus:rb-00")]
    [InlineData("Meine Tochter ist 12 und interessiert sich für Robotik", "mint:")]
    [InlineData("Ich kann nicht so gut lesen und schreiben", "apag:")]
    public async Task FirstMessage_SeveralFactsAtOnce_ShowsOffersWithoutAskingThem(string message, string keyStart)
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync(message);

        replies.AssertDoesNotContain(Asks.Age);
        Assert.Contains(OfferKeys(replies), k => k.StartsWith(keyStart, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TopicOnly_AsksTheAgeThenShowsOffers()
    {
        using var bot = new BotHarness();

        var age = await bot.SayAsync("ich will ne ausbildung machen");
        var offers = await bot.SayAsync("16");

        age.AssertContains(Asks.Age);
        offers.AssertContains(Asks.Found);
        Assert.NotEmpty(OfferKeys(offers));
    }

    [Fact]
    public async Task Prompt_AnswerToAnotherQuestion_FillsThatSlotAndAsksAgainWithoutFailure()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("ich brauch ein praktikum");

        var replies = await bot.SayAsync("wir wohnen in Mariahof");

        replies.AssertDoesNotContain("nicht ganz verstanden");
        replies.AssertContains(Asks.Age);
        var data = await StoredState.ConversationDataAsync(bot.Storage);
        Assert.Equal("Mariahof", data.Profile.District);
        Assert.Equal(0, data.FailedUnderstandings);
    }

    [Fact]
    public async Task Correction_NewAge_ReplacesTheOldOneAndSaysSoBriefly()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Hallo, ich suche was für meine Nichte, sie ist 14 und mag Mathe");

        var replies = await bot.SayAsync("sorry, sie ist 13, nicht 14");

        replies.AssertContains("Alles klar, 13.");
        var data = await StoredState.ConversationDataAsync(bot.Storage);
        Assert.Equal(13, data.Profile.Age);
    }

    [Fact]
    public async Task SomeoneElse_ParentAsksForChild_AddressedWithSieThroughout()
    {
        using var bot = new BotHarness();

        var all = new List<Activity>();
        all.AddRange(await bot.SayAsync("Hallo, mein Sohn ist 12 und will Experimente machen"));
        all.AddRange(await bot.SayAsync("Wir wohnen in Zewen"));
        all.AddRange(await bot.SayAsync("Muss man ihn da anmelden?"));

        Assert.DoesNotContain(all.Messages(), m => ConversationJudge.IsDu(m.Text ?? ""));
        Assert.NotEmpty(all.Cards());
    }

    [Fact]
    public async Task YoungWriter_AsksForHerBrother_StaysWithDu()
    {
        using var bot = new BotHarness();

        var all = new List<Activity>();
        all.AddRange(await bot.SayAsync("hallo ich bin lea und bin 12 ich mag roboter"));
        all.AddRange(await bot.SayAsync("mein bruder ist 16 und will ein praktikum mit autos"));

        Assert.DoesNotContain(all.Messages(), m => ConversationJudge.IsSie(m.Text ?? ""));
    }

    [Fact]
    public async Task QuestionOnTheWay_Cost_AnsweredFromTheShownOffer()
    {
        using var bot = new BotHarness();
        var offers = await bot.SayAsync("mein Sohn ist 10 und mag Robotik");
        var first = offers.Cards().First();

        var replies = await bot.SayAsync("was kostet das?");

        replies.AssertContains(first.Title);
        Assert.Contains("kost", replies.LastText(), StringComparison.Ordinal);
        replies.AssertDoesNotContain("Bildungsberatung in Trier ist kostenlos");
    }

    [Fact]
    public async Task Literacy_PhoneWished_GivesTheNumberAndStartsNoHandoff()
    {
        using var bot = new BotHarness();
        var offers = await bot.SayAsync("Ich kann nicht so gut lesen und schreiben");

        var replies = await bot.SayAsync("ja telefon");

        offers.AssertContains("kostenlos");
        offers.AssertContains("vertraulich");
        offers.AssertContains("lieber telefonieren");
        replies.AssertContains("0651 9990-");
        Assert.DoesNotContain(replies, r => r.Type == ActivityTypes.Event && r.Name == HandoffEventNames.InitiateHandoff);
    }

    [Fact]
    public async Task Literacy_WorkTimesAnswered_StaysInTheTopicWithSie()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("ich kann nich gut lesen");

        var replies = await bot.SayAsync("ich arbeite tagsüber, nur abends geht");

        replies.AssertDoesNotContain(Asks.Age);
        Assert.DoesNotContain(replies.Messages(), m => ConversationJudge.IsDu(m.Text ?? ""));
        var data = await StoredState.ConversationDataAsync(bot.Storage);
        Assert.Equal(Understanding.IntentNames.Literacy, data.Profile.Topic);
        Assert.Contains("Evening", data.Profile.Times);
    }

    [Fact]
    public async Task English_MyGermanIsBad_AnsweredInEnglish()
    {
        using var bot = new BotHarness();

        var all = new List<Activity>();
        all.AddRange(await bot.SayAsync("Hi, sorry, my German is bad"));
        all.AddRange(await bot.SayAsync("my son is 12 and he likes robots"));

        Assert.DoesNotContain(all.Messages().Skip(1), m => ConversationJudge.IsGerman(m.Text ?? ""));
        Assert.NotEmpty(OfferKeys(all));
    }

    [Fact]
    public async Task Misunderstood_TwiceInARow_OffersAHuman()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("ich brauch ein praktikum");
        await bot.SayAsync("16");

        var first = await bot.SayAsync("blubb");
        var second = await bot.SayAsync("qwertz");

        first.AssertContains("nicht ganz verstanden");
        second.AssertContains("mit einem Menschen");
    }

    [Fact]
    public async Task More_AfterOffers_ContinuesTheSameRankedList()
    {
        using var bot = new BotHarness();
        var first = await bot.SayAsync("ich bin 16 und suche ein praktikum im handwerk");

        var more = await bot.SayAsync("Mehr");

        Assert.NotEmpty(OfferKeys(more));
        Assert.Empty(OfferKeys(more).Intersect(OfferKeys(first)));
    }

    [Fact]
    public async Task TopicChange_ClearlyAnotherTopic_SwitchesWithoutLosingThePlace()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("ich bin 16, wohne in Ehrang und suche ein praktikum im handwerk");

        var replies = await bot.SayAsync("Ich möchte eine Umschulung machen, wer berät mich?");

        var data = await StoredState.ConversationDataAsync(bot.Storage);
        Assert.Equal(Understanding.IntentNames.Counselling, data.Profile.Topic);
        Assert.Equal("Ehrang/Quint", data.Profile.District);
        replies.AssertContains("0651 9990-");
    }

    [Theory]
    [InlineData("Hallo, gibt es in Trier einen Spanischkurs für Anfänger?")]
    public async Task NoFit_WishTheDataDoesNotKnow_SaysSoAndShowsNoOffers(string message)
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync(message);

        // the broad category (languages, creative) has offers; none is what was asked for
        replies.AssertContains(Asks.NothingFits);
        Assert.DoesNotContain(OfferKeys(replies), k => !k.StartsWith("beratung:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task YoungerThanTheTopic_TwelveYearOldBored_GoesToMint()
    {
        using var bot = new BotHarness();

        await bot.SayAsync("hi bin 12 und hab nächste woche voll langeweile");

        var data = await StoredState.ConversationDataAsync(bot.Storage);
        Assert.Equal(IntentNames.Mint, data.Profile.Topic);
        Assert.Equal(12, data.Profile.Age);
    }

    [Fact]
    public async Task OlderThanTheTopic_AdultIntoStars_GoesToCoursesKeepingTheWish()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Gibt es auch MINT-Sachen für Erwachsene? Ich interessiere mich für Sterne und Planeten.");

        var replies = await bot.SayAsync("Ich bin 35 und wohne in Quint");

        var data = await StoredState.ConversationDataAsync(bot.Storage);
        Assert.Equal(IntentNames.CourseSearch, data.Profile.Topic);
        Assert.Contains(OfferKeys(replies), k => k.StartsWith("mint:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Greeting_WithAgeAndPlace_KeepsBothAndAsksTheTopic()
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync("moin bin 13 aus pallin");

        replies.AssertContains(Asks.Topic);
        var data = await StoredState.ConversationDataAsync(bot.Storage);
        Assert.Equal(13, data.Profile.Age);
        Assert.Equal("Trier-West/Pallien", data.Profile.District);
    }

    [Fact]
    public async Task WishWithMenschen_AfterOffers_StartsNoHandoff()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("keine ahnung was ich werden soll");
        await bot.SayAsync("15");

        var replies = await bot.SayAsync("weiß nich. vllt was mit menschen");

        Assert.DoesNotContain(replies, r => r.Type == ActivityTypes.Event && r.Name == HandoffEventNames.InitiateHandoff);
    }

    [Fact]
    public async Task EnglishAsked_AfterGermanStart_AnswersKindlyInEnglish()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("hallo, ich suche einen Deutschkurs");

        var replies = await bot.SayAsync("sorry my German is not so good, can we continue in English?");

        replies.AssertContains("we can go on in English");
        replies.AssertDoesNotContain("didn't quite get");
    }

    [Fact]
    public async Task RegisterOnceSie_SwitchToCareer_StaysSie()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("rechnen");

        var replies = await bot.SayAsync("prozente und so, ich will ausbildung als verkäufer");

        Assert.DoesNotContain(replies.Messages(), m => ConversationJudge.IsDu(m.Text ?? ""));
    }

    private static List<string> OfferKeys(IEnumerable<Activity> replies)
        => [.. replies.Cards().SelectMany(c => c.Buttons ?? []).Select(b => b.Value).OfType<JObject>()
            .Where(v => v["action"]?.Value<string>() == "details").Select(v => v["id"]!.Value<string>()!)
            .Where(k => !k.StartsWith("beratung:", StringComparison.Ordinal))];
}
