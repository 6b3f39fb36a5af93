using TrierBot.Knowledge;

namespace TrierBot.Understanding.Tests;

/// <summary>What a message rules out is no topic: "nicht büro", "kein sport", "alles außer Pflege".</summary>
[Collection(RecognizerCollection.Name)]
public sealed class NegationTests(RecognizerFixture fixture)
{
    [Theory]
    [InlineData("nicht büro", Categories.Wirtschaft)]
    [InlineData("aber nicht im Büro", Categories.Wirtschaft)]
    [InlineData("bloß nix mit computern", Categories.TechnikIt)]
    [InlineData("bloss nix mit computern", Categories.TechnikIt)]
    [InlineData("alles außer Pflege", Categories.Pflege)]
    [InlineData("alles ausser pflege", Categories.Pflege)]
    [InlineData("irgendwas, nur keine Pflege", Categories.Pflege)]
    [InlineData("ich will auf keinen fall was mit pflege", Categories.Pflege)]
    [InlineData("hab keinen bock auf büro", Categories.Wirtschaft)]
    [InlineData("KEIN BÜROJOB!!", Categories.Wirtschaft)]
    [InlineData("ausbildung ja, aber ohne computer", Categories.TechnikIt)]
    [InlineData("weder pflege noch büro", Categories.Pflege)]
    [InlineData("weder pflege noch büro", Categories.Wirtschaft)]
    [InlineData("kein handwerk oder so", Categories.Handwerk)]
    [InlineData("nich so technik", Categories.TechnikIt)]
    [InlineData("nichts mit tieren bitte", Categories.Natur)]
    [InlineData("no office job please", Categories.Wirtschaft)]
    [InlineData("anything but nursing", Categories.Pflege)]
    public void Recognize_NegatedTopic_RuledOutNotTopic(string text, string category)
    {
        var entities = fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities;

        Assert.DoesNotContain(category, entities.Topic);
        Assert.Contains(category, entities.RuledOutTopic);
    }

    [Theory]
    [InlineData("nicht büro, sondern handwerk", Categories.Handwerk)]
    [InlineData("kein büro, lieber was mit tieren", Categories.Natur)]
    [InlineData("ich kann nicht gut lesen", Categories.Lesen)]
    [InlineData("ich kann nicht richtig schreiben", Categories.Schreiben)]
    [InlineData("ich kann kein deutsch, suche deutschkurs", Categories.Sprachen)]
    [InlineData("weiß nicht, vielleicht was mit technik", Categories.TechnikIt)]
    [InlineData("keine ahnung vielleicht pflege", Categories.Pflege)]
    [InlineData("nicht nur informatik", Categories.TechnikIt)]
    [InlineData("mathe aber kein physik", Categories.Mathematik)]
    public void Recognize_NegationNearby_KeepsTheWantedTopic(string text, string category)
    {
        var entities = fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities;

        Assert.Contains(category, entities.Topic);
        Assert.DoesNotContain(category, entities.RuledOutTopic);
    }
}
