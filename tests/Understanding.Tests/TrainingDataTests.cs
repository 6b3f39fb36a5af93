using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Understanding.Tests;

public sealed class TrainingDataTests
{
    [Fact]
    public void Load_ShippedFile_EveryIntentHasManyVariedExamples()
    {
        var examples = TrainingDataFile.Load();

        Assert.All(IntentNames.All, intent => Assert.True(examples.Count(e => e.Intent == intent) >= 60, intent));
        Assert.True(examples.Count >= 1000);
    }

    [Fact]
    public void Load_ShippedFile_AnnotationsUseCanonicalNames()
    {
        var examples = TrainingDataFile.Load();

        Assert.All(examples.SelectMany(e => e.Entities.District ?? []), district => Assert.Contains(district, Districts.All));
        Assert.All(examples.SelectMany(e => e.Entities.Topic ?? []), topic => Assert.Contains(topic, Categories.All));
        Assert.True(examples.Count(e => e.Entities.Any) >= 150);
    }

    [Fact]
    public void Load_ShippedFile_NoTestUtteranceIsTrainedOn()
    {
        var trained = TrainingDataFile.Load().Select(e => Key(e.Text)).ToHashSet();

        var leaked = IntentTests.Cases.Select(row => (string)row[0]).Where(text => trained.Contains(Key(text))).ToList();

        Assert.Empty(leaked);
    }

    [Fact]
    public void Load_ShippedFile_NoUnseenUtteranceIsTrainedOn()
    {
        var trained = TrainingDataFile.Load().Select(e => Key(e.Text)).ToHashSet();
        var unseen = TrainingDataFile.Load(TrainingDataFile.UnseenPath);

        Assert.True(unseen.Count >= 60);
        Assert.Empty(unseen.Where(e => trained.Contains(Key(e.Text))).Select(e => e.Text));
    }

    // the same words after folding case, umlauts and punctuation count as the same utterance
    private static string Key(string text) => string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0));
}
