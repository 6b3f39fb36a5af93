using TrierBot.Knowledge;

namespace TrierBot.Understanding.Tests;

[Collection(RecognizerCollection.Name)]
public sealed class TopicTests(RecognizerFixture fixture)
{
    [Theory]
    [InlineData("was mit handwerk", Categories.Handwerk)]
    [InlineData("ausbildung in der altenpflege", Categories.Pflege)]
    [InlineData("ich will was mit IT machen", Categories.TechnikIt)]
    [InlineData("ich will coden", Categories.Programmieren)]
    [InlineData("Roboter bauen", Categories.Robotik)]
    [InlineData("Mathe AG", Categories.Mathematik)]
    [InlineData("Sterne anschauen", Categories.Astronomie)]
    [InlineData("ich will lesen lernen", Categories.Lesen)]
    [InlineData("rechtschreibung üben", Categories.Schreiben)]
    [InlineData("besser rechnen können", Categories.Rechnen)]
    [InlineData("wie geht das mit dem smartphone", Categories.Digitales)]
    [InlineData("praktikumsplatz gesucht", Categories.Praktikum)]
    [InlineData("hilfe beim lebenslauf", Categories.Bewerbung)]
    [InlineData("FSJ machen", Categories.Freiwilligendienst)]
    [InlineData("ich will studieren", Categories.Studium)]
    [InlineData("chemie experimente", Categories.Experimente)]
    [InlineData("deutschkurs a2", Categories.Sprachen)]
    [InlineData("umschulung", Categories.Umschulung)]
    [InlineData("Anerkennung meines Diploms", Categories.Anerkennung)]
    [InlineData("bildungsgutschein", Categories.Foerderung)]
    [InlineData("weiterbildung", Categories.Weiterbildung)]
    [InlineData("ausbilung", Categories.Ausbildung)]
    [InlineData("praktikumm", Categories.Praktikum)]
    public void Recognize_TopicWord_StoreCategory(string text, string category)
    {
        Assert.Contains(category, fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities.Topic);
    }

    [Theory]
    [InlineData("can it be recognised")]
    [InlineData("wohnen in tarforst")]
    [InlineData("ich bin sozialarbeiterin")]
    public void Recognize_WordThatNamesNoCategory_NoSuchTopic(string text)
    {
        var topics = fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities.Topic;

        Assert.DoesNotContain(Categories.TechnikIt, topics);
        Assert.DoesNotContain(Categories.Natur, topics);
        Assert.DoesNotContain(Categories.Soziales, topics);
    }

    [Fact]
    public void Recognize_AnyTopic_IsAStoreCategory()
    {
        var utterance = fixture.Recognizer.Recognize("ausbildung in handwerk oder pflege, am liebsten mit computern und robotern", RecognizerFixture.Now);

        Assert.NotEmpty(utterance.Entities.Topic);
        Assert.All(utterance.Entities.Topic, topic => Assert.Contains(topic, Categories.All));
    }
}
