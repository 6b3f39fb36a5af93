using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TrierBot.Dialogs.Tests.Support;
using TrierBot.Knowledge;

namespace TrierBot.Dialogs.Tests;

public class CareerOrientationDialogTests
{
    [Fact]
    public async Task CareerOrientation_HappyPathGerman_AsksEachSlotThenShowsThreeCardsAndCounselling()
    {
        using var bot = new BotHarness();

        await bot.Flow()
            .Send("Ich suche was für nach der Schule, Ausbildung oder so")
            .AssertReply(TrierActivityHandler.WelcomeText)
            .AssertReply(a => Assert.StartsWith(Asks.Age, a.AsMessageActivity().Text))
            .Send("15")
            .AssertReply(a => Assert.StartsWith(Asks.School, a.AsMessageActivity().Text))
            .Send("Realschule plus")
            .AssertReply(a => Assert.StartsWith(Asks.Interests, a.AsMessageActivity().Text))
            .Send("Handwerk")
            .AssertReply(a => Assert.StartsWith(Asks.District, a.AsMessageActivity().Text))
            .Send("Trier-Nord")
            .AssertReply(a =>
            {
                var message = a.AsMessageActivity();
                Assert.Equal("Das passt am besten zu dir:", message.Text);
                Assert.Equal(3, message.Attachments.Count);
            })
            .AssertReply(a => Assert.Equal("Berufsberatung (Demo)", ((HeroCard)a.AsMessageActivity().Attachments[0].Content).Title))
            .AssertReply(a => Assert.StartsWith(Asks.AnythingElse, a.AsMessageActivity().Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task CareerOrientation_Cards_CarryTitleProviderDateCostWhyAndDetailsAction()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich bin 15 und suche ein Praktikum im Handwerk in Trier-Nord");

        var replies = await bot.SayAsync("Gymnasium");

        var card = replies.Cards().First();
        Assert.Equal("Schnupperpraktikum in der Tischlerei (Demo)", card.Title);
        Assert.Equal("Demo-Anbieter (fiktiv)", card.Subtitle);
        Assert.Contains("Wann: 01.03.2027 – 05.03.2027", card.Text);
        Assert.Contains("Wo: Beispielhaus, Trier-Nord", card.Text);
        Assert.Contains("Kosten: kostenlos", card.Text);
        Assert.Contains("Warum es passt: passt zu Handwerk", card.Text);
        var details = card.Buttons.First();
        Assert.Equal(ActionTypes.MessageBack, details.Type);
        Assert.Equal("details", ((JObject)details.Value)["action"]!.ToString());
        Assert.Equal("retribus:RB-1042", ((JObject)details.Value)["id"]!.ToString());
        Assert.Equal("Mehr", card.Buttons[1].Title);
    }

    [Fact]
    public async Task CareerOrientation_SlotsInFirstMessage_AreNotAskedAgain()
    {
        using var bot = new BotHarness();

        var first = await bot.SayAsync("Ich bin 16 und suche ein Praktikum im Handwerk in Trier-Nord");
        var second = await bot.SayAsync("Realschule plus");

        first.AssertContains(Asks.School);
        first.AssertDoesNotContain(Asks.Age);
        second.AssertDoesNotContain(Asks.Interests);
        second.AssertDoesNotContain(Asks.Path);
        second.AssertDoesNotContain(Asks.District);
        Assert.Equal(3, second.Cards().Count(c => c.Buttons.Count == 2));
        var query = bot.Knowledge.Queries.First(q => q.Sources.Contains(KnowledgeSources.Retribus));
        Assert.Equal(16, query.Age);
        Assert.Equal("Trier-Nord", query.District);
    }

    [Theory]
    [InlineData("9. Klasse", 15)]
    [InlineData("ich bin sechzehn", 16)]
    [InlineData("17 Jahre alt", 17)]
    public async Task CareerOrientation_AgeWrittenDifferently_IsUnderstood(string answer, int age)
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich suche eine Ausbildung");

        var replies = await bot.SayAsync(answer);

        replies.AssertContains(Asks.School);
        var data = await StoredState.ConversationDataAsync(bot.Storage);
        Assert.Equal(age, data.Profile.Age);
    }

    [Theory]
    [InlineData("3", "Technik/IT")]
    [InlineData("technik", "Technik/IT")]
    [InlineData("Handwek", "Handwerk")]
    [InlineData("irgendwas mit kunst", "Kreatives")]
    public async Task CareerOrientation_InterestWithTyposNumbersOrSynonyms_IsUnderstood(string answer, string category)
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich bin 16 und suche eine Ausbildung in Trier-Nord");
        await bot.SayAsync("IGS");

        var replies = await bot.SayAsync(answer);

        replies.AssertDoesNotContain("Wähle bitte ein Thema");
        var data = await StoredState.ConversationDataAsync(bot.Storage);
        Assert.Equal([category], data.Profile.Interests);
    }

    [Fact]
    public async Task CareerOrientation_DontKnowInterest_RunsQuizAndSearchesWhatItFound()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich bin 16 und suche eine Ausbildung in Trier-Nord");
        await bot.SayAsync("Gymnasium");

        var quiz = await bot.SayAsync("weiß nicht");
        var answers = new List<List<Activity>>();
        foreach (var answer in new[] { "ja", "nö", "jo", "nein", "ne", "nee" })
        {
            answers.Add(await bot.SayAsync(answer));
        }

        quiz.AssertContains("sechs kurze Fragen");
        quiz.AssertContains("mit den Händen");
        answers[^1].AssertContains("Dich könnte Handwerk oder Technik/IT interessieren");
        var data = await StoredState.ConversationDataAsync(bot.Storage);
        Assert.Equal(["Handwerk", "Technik/IT"], data.Profile.Interests);
    }

    [Fact]
    public async Task CareerOrientation_AgeNotUnderstoodTwice_RetriesThenOffersHuman()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich suche eine Ausbildung");

        var first = await bot.SayAsync("keine Ahnung");
        var second = await bot.SayAsync("sag ich nicht");

        first.AssertContains("Schreib mir dein Alter bitte als Zahl");
        first.AssertDoesNotContain("Menschen aus der Beratung");
        second.AssertContains("Menschen aus der Beratung");
    }

    [Fact]
    public async Task CareerOrientation_UnknownDistrictTwice_CountsAsAnyPlaceAndSearchesAllOfTrier()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich bin 15 und suche ein Praktikum im Handwerk");
        await bot.SayAsync("BBS");

        var first = await bot.SayAsync("Hintertupfingen");
        var second = await bot.SayAsync("Hintertupfingen!!");

        first.AssertContains("Den Stadtteil kenne ich leider nicht");
        Assert.NotEmpty(second.Cards());
        Assert.Null(bot.Knowledge.Queries.Last(q => q.Sources.Contains(KnowledgeSources.Retribus)).District);
    }

    [Fact]
    public async Task CareerOrientation_NothingFits_WidensOnceAndSaysSo()
    {
        using var bot = new BotHarness();
        // Nothing for 13-year-olds in Tarforst; nearby ages (14+) elsewhere are found after widening.
        await bot.SayAsync("Ich bin 13 und suche ein Praktikum im Handwerk in Tarforst");

        var replies = await bot.SayAsync("Realschule plus");

        replies.AssertContains("Ich habe die Suche erweitert");
        Assert.Contains(replies.Cards(), c => c.Title.Contains("Tischlerei", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CareerOrientation_NothingFitsEvenWidened_SaysHonestlyAndOffersCounselling()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich bin 40 und suche ein Praktikum im Handwerk in Tarforst");

        var replies = await bot.SayAsync("Schule schon fertig");

        replies.AssertContains("nichts Passendes gefunden");
        replies.AssertContains("Berufsberatung (Demo)");
        replies.AssertContains("0651 9990-1001");
    }

    [Fact]
    public async Task CareerOrientation_DetailsClicked_AnsweredFromStoreWithoutFreeText()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich bin 15 und suche ein Praktikum im Handwerk in Trier-Nord");
        await bot.SayAsync("Gymnasium");

        var replies = await bot.ClickAsync(new JObject { ["action"] = "details", ["id"] = "retribus:RB-1042" });

        replies.AssertContains("Eine Woche in einer Tischlerei mitarbeiten");
        replies.AssertContains("info@example.org");
    }

    [Fact]
    public async Task CareerOrientation_MoreClicked_ShowsTheNextOffers()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich bin 15 und suche ein Praktikum im Handwerk in Trier-Nord");
        var firstPage = (await bot.SayAsync("Gymnasium")).Cards().Where(c => c.Buttons.Count == 2).Select(c => c.Title).ToList();

        var more = await bot.ClickAsync(new JObject { ["action"] = "more" });
        var nothingLeft = await bot.ClickAsync(new JObject { ["action"] = "more" });

        var secondPage = more.Cards().Select(c => c.Title).ToList();
        Assert.NotEmpty(secondPage);
        Assert.Empty(secondPage.Intersect(firstPage));
        nothingLeft.AssertContains("Mehr passende Angebote habe ich leider nicht");
    }

    [Fact]
    public async Task CareerOrientation_StudiesPath_ShowsStudyCounselling()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich bin 18 und möchte ein Studium in Tarforst");
        await bot.SayAsync("Gymnasium");

        var replies = await bot.SayAsync("Technik");

        Assert.Contains(replies.Cards(), c => c.Title == "Studieninfotag an der Hochschule (Demo)");
        replies.AssertContains("Persönliche Beratung dazu");
    }

    [Fact]
    public async Task CareerOrientation_HappyPathEnglish_AsksAndAnswersInEnglish()
    {
        using var bot = new BotHarness();

        var start = await bot.SayAsync("Hello, I am looking for an internship");
        var school = await bot.SayAsync("16");
        var interest = await bot.SayAsync("Finished school");
        var district = await bot.SayAsync("crafts");
        var results = await bot.SayAsync("Trier-Nord");

        start.AssertContains("How old are you");
        school.AssertContains("Which school");
        interest.AssertContains("What interests you most");
        district.AssertContains("Which part of Trier");
        results.AssertContains("These fit you best");
        Assert.Contains("Why it fits", results.Cards().First().Text);
    }
}
