using System.Diagnostics;

namespace TrierBot.Understanding.Tests;

/// <summary>Unicode beyond German letters: emoji, math alphanumerics, other scripts' digits, half surrogate pairs.</summary>
[Collection(RecognizerCollection.Name)]
public sealed class TextNormalizerTests(RecognizerFixture fixture)
{
    [Theory]
    [InlineData("𝐩𝐫𝐚𝐤𝐭𝐢𝐤𝐮𝐦", "praktikum")]
    [InlineData("𝓟𝓻𝓪𝓴𝓽𝓲𝓴𝓾𝓶 in Kürenz", "praktikum in kuerenz")]
    [InlineData("ＰＲＡＫＴＩＫＵＭ", "praktikum")]
    [InlineData("🍕", "")]
    [InlineData("15 🙂", "15")]
    [InlineData("praktikum👍", "praktikum")]
    [InlineData("👩🏽‍💻 programmieren", "programmieren")]
    [InlineData("🇩🇪 deutschkurs", "deutschkurs")]
    [InlineData("ich bin ١٥", "ich bin 15")]
    [InlineData("a\u200Bb\u200Dc", "abc")]
    [InlineData("\u202Eabbrechen\u202C", "abbrechen")]
    [InlineData("e\u0301cole", "ecole")]
    [InlineData("hilfe\0bitte", "hilfe bitte")]
    [InlineData("Grün-Fläche!", "gruen flaeche")]
    public void Words_HostileUnicode_PlainWords(string text, string words)
    {
        Assert.Equal(words, TextNormalizer.Words(text));
    }

    [Theory]
    [InlineData("\ud83d")]
    [InlineData("\ude00 hallo")]
    [InlineData("hallo \ud83d\ud83d welt")]
    [InlineData("\udc00\ud800")]
    public void Fold_LoneSurrogate_DroppedWithoutThrowing(string text)
    {
        var folded = TextNormalizer.Fold(text);

        Assert.DoesNotContain(folded, char.IsSurrogate);
    }

    [Theory]
    [InlineData("🍕")]
    [InlineData("👍")]
    [InlineData("\ud83d")]
    [InlineData("𝐩𝐫𝐚𝐤𝐭𝐢𝐤𝐮𝐦 🙂")]
    public void Recognize_EmojiOrHalfPair_NoThrow(string text)
    {
        var utterance = fixture.Recognizer.Recognize(text, RecognizerFixture.Now);

        Assert.NotEmpty(utterance.Intents);
    }

    [Theory]
    [InlineData("ich bin 15 🙂", 15)]
    [InlineData("ich bin ١٥", 15)]
    [InlineData("𝐢𝐜𝐡 𝐛𝐢𝐧 𝟏𝟔", 16)]
    public void Recognize_AgeAmongUnicode_Age(string text, int age)
    {
        Assert.Equal([age], fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities.Age);
    }

    [Fact]
    public void Recognize_MathLettersWish_SameTopicsAsPlainWish()
    {
        var plain = fixture.Recognizer.Recognize("ich suche ein praktikum", RecognizerFixture.Now);
        var fancy = fixture.Recognizer.Recognize("ich suche ein 𝐩𝐫𝐚𝐤𝐭𝐢𝐤𝐮𝐦", RecognizerFixture.Now);

        Assert.Equal(plain.Entities.Topic, fancy.Entities.Topic);
        Assert.Equal(plain.Intents.MaxBy(i => i.Value).Key, fancy.Intents.MaxBy(i => i.Value).Key);
    }

    [Fact]
    public void Recognize_256KiBWithDatesAtBothEnds_ReadsOnlyTheLimit()
    {
        var filler = string.Concat(Enumerable.Repeat("praktikum in trier ", 256 * 1024 / 19));
        var text = "nächsten samstag " + filler + " am wochenende im dezember";
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;

        var utterance = fixture.Recognizer.Recognize(text, RecognizerFixture.Now);

        Assert.True(utterance.Text.Length <= MessageLimits.MaxRecognizedChars, $"read {utterance.Text.Length} chars");
        Assert.StartsWith("nächsten samstag", utterance.Text);
        Assert.NotEmpty(utterance.Entities.Date);
        Assert.True(Process.GetCurrentProcess().TotalProcessorTime - cpu < TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void ForSearch_TenThousandWords_AtMostTheLimit()
    {
        var text = string.Join(' ', Enumerable.Range(0, 10_000).Select(i => "wort" + i));

        var words = MessageLimits.ForSearch(text).Split(' ');

        Assert.True(words.Length <= MessageLimits.MaxSearchWords);
        Assert.Equal("wort0", words[0]);
    }

    [Fact]
    public void ForSearch_ThousandWordsWithoutSpaces_AtMostTheLimit()
    {
        var text = string.Join(',', Enumerable.Range(0, 1_000).Select(i => "w" + i));

        var read = MessageLimits.ForSearch(text);

        Assert.Equal(MessageLimits.MaxSearchWords, TextNormalizer.Tokens(TextNormalizer.Fold(read)).Length);
    }

    [Fact]
    public void ForRecognizer_PairAtTheLimit_NotCutInHalf()
    {
        var text = new string('a', MessageLimits.MaxRecognizedChars - 1) + "🍕🍕";

        var read = MessageLimits.ForRecognizer(text);

        Assert.DoesNotContain(read, char.IsSurrogate);
        Assert.Equal(MessageLimits.MaxRecognizedChars - 1, read.Length);
    }
}
