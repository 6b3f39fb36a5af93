using TrierBot.Understanding;

namespace TrierBot.Understanding.Tests;

[Collection(RecognizerCollection.Name)]
public sealed class NoneThresholdTests(RecognizerFixture fixture)
{
    [Theory]
    [InlineData("xkcd qwpz vbnm")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!!")]
    public void Recognize_Gibberish_None(string text)
    {
        Assert.Equal(IntentNames.None, fixture.Recognizer.Recognize(text, RecognizerFixture.Now).TopIntent);
    }

    [Fact]
    public void Recognize_TopScoreBelowThreshold_None()
    {
        var text = "ich suche ein praktikum in der pflege";
        var score = fixture.Recognizer.Recognize(text, RecognizerFixture.Now).TopScore;
        var strict = new UtteranceRecognizer(TrainedClassifier(), new UnderstandingOptions { NoneThreshold = score + 0.01, SchoolHolidays = RecognizerFixture.TestHolidays });

        var utterance = strict.Recognize(text, RecognizerFixture.Now);

        Assert.Equal(IntentNames.None, utterance.TopIntent);
    }

    [Fact]
    public void Recognize_TopScoreAboveThreshold_KeepsIntent()
    {
        var utterance = fixture.Recognizer.Recognize("ich suche ein praktikum in der pflege", RecognizerFixture.Now);

        Assert.True(utterance.TopScore >= fixture.Options.NoneThreshold);
        Assert.Equal(IntentNames.CareerOrientation, utterance.TopIntent);
    }

    [Fact]
    public void ShippedThreshold_Default_WithinCalibratedRange()
    {
        // nlu-eval calibrates on out-of-fold scores; accuracy is flat between 0 and ~0.5 and drops above
        Assert.InRange(new UnderstandingOptions().NoneThreshold, 0.2, 0.5);
    }

    private static IntentClassifier TrainedClassifier() => IntentClassifier.Train(TrainingDataFile.Load());
}
