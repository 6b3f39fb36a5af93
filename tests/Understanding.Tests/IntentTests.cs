using TrierBot.Understanding;

namespace TrierBot.Understanding.Tests;

[Collection(RecognizerCollection.Name)]
public sealed class IntentTests(RecognizerFixture fixture)
{
    /// <summary>Written for the tests, never in the training file (checked by <see cref="TrainingDataTests"/>).</summary>
    public static readonly TheoryData<string, string> Cases = new()
    {
        // the traps of issue 4
        { "hilfe", IntentNames.Help },
        { "ich brauch hilfe mit briefen vom amt", IntentNames.Literacy },
        { "kannst du meine mathe hausaufgaben machen", IntentNames.None },
        { "mach bitte meine englisch hausaufgaben", IntentNames.None },
        { "internship in trier?", IntentNames.CareerOrientation },
        { "can you help me read letters", IntentNames.Literacy },
        // the examples of issue 4
        { "hab kein bock mehr auf schule was kann ich machen", IntentNames.CareerOrientation },
        { "ich kan nich gut lesen", IntentNames.Literacy },
        { "meine tochter ist 12 und mag technik", IntentNames.Mint },
        // slang, typos, parents and social workers
        { "suche ausbildungsplatz als tischler", IntentNames.CareerOrientation },
        { "mein sohn weiss nich welchen beruf er lernen soll", IntentNames.CareerOrientation },
        { "mein klient kann keine briefe lesen", IntentNames.Literacy },
        { "gibts einen roboter kurs für kinder", IntentNames.Mint },
        { "wo kann mein sohn programmieren lernen", IntentNames.Mint },
        { "ich möchte mich umschulen lassen", IntentNames.Counselling },
        { "mein abschluss aus dem irak wird nicht anerkannt", IntentNames.Counselling },
        { "wie bekomme ich einen bildungsgutschein", IntentNames.Counselling },
        { "ich suche einen spanischkurs für erwachsene", IntentNames.CourseSearch },
        { "gibt es einen excel kurs am abend", IntentNames.CourseSearch },
        { "ich möchte bitte mit einem echten menschen sprechen", IntentNames.Handoff },
        { "can i talk to a real person please", IntentNames.Handoff },
        { "was kannst du denn so", IntentNames.Help },
        { "ich will abbrechen und neu anfangen", IntentNames.Cancel },
        { "hey du da", IntentNames.Greeting },
        { "guten tag zusammen", IntentNames.Greeting },
        { "danke das wars schon", IntentNames.Goodbye },
        { "tschüss und bis bald", IntentNames.Goodbye },
        { "wie wird das wetter am wochenende", IntentNames.None },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognize_Utterance_TopIntent(string text, string intent)
    {
        var utterance = fixture.Recognizer.Recognize(text, RecognizerFixture.Now);

        Assert.Equal(intent, utterance.TopIntent);
    }

    [Fact]
    public void Recognize_AnyMessage_ScoresEveryIntentOfTheContract()
    {
        var utterance = fixture.Recognizer.Recognize("ich such ein praktikum", RecognizerFixture.Now);

        Assert.Equal(IntentNames.All.Order(), utterance.Intents.Keys.Order());
    }

    [Theory]
    [InlineData("internship in trier?", "en")]
    [InlineData("can you help me read letters", "en")]
    [InlineData("my daughter is 12 and likes robots", "en")]
    [InlineData("ich kan nich gut lesen", "de")]
    [InlineData("hallo", "de")]
    [InlineData("quereinstieg it", "de")]
    public void Recognize_Message_DetectsLanguage(string text, string language)
    {
        Assert.Equal(language, fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Language);
    }

    [Fact]
    public void Recognize_ConcurrentCalls_GiveTheSameAnswersAsSequentialOnes()
    {
        var texts = Cases.Select(row => (string)row[0]).ToArray();
        var expected = texts.Select(t => fixture.Recognizer.Recognize(t, RecognizerFixture.Now).TopIntent).ToArray();

        var actual = new string[texts.Length * 8];
        Parallel.For(0, actual.Length, i => actual[i] = fixture.Recognizer.Recognize(texts[i % texts.Length], RecognizerFixture.Now).TopIntent);

        Assert.Equal(Enumerable.Range(0, actual.Length).Select(i => expected[i % texts.Length]), actual);
    }
}
