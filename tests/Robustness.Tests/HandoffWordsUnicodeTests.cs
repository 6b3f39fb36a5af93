using TrierBot.Handoff;

namespace TrierBot.Robustness.Tests;

/// <summary>The hand-off words read a message with the recognizer's folding: styled letters, emoji and combining marks included.</summary>
public sealed class HandoffWordsUnicodeTests
{
    [Theory]
    [InlineData("abbrechen 👍")]
    [InlineData("𝐚𝐛𝐛𝐫𝐞𝐜𝐡𝐞𝐧")]
    [InlineData("ＡＢＢＲＥＣＨＥＮ")]
    [InlineData("\ud83d abbrechen")]
    [InlineData("\u202Eabbrechen\u202C")]
    public void IsCancel_CancelWordInUnicode_True(string text)
    {
        Assert.True(HandoffWords.IsCancel(text));
    }

    [Theory]
    [InlineData("Lo\u0308sche meine Daten")]
    [InlineData("𝐋ö𝐬𝐜𝐡𝐞 𝐦𝐞𝐢𝐧𝐞 𝐃𝐚𝐭𝐞𝐧 🙏")]
    public void IsDeleteRequest_DeleteRequestInUnicode_True(string text)
    {
        Assert.True(HandoffWords.IsDeleteRequest(text));
    }

    [Theory]
    [InlineData("🍕")]
    [InlineData("\ud83d")]
    [InlineData("\u0000")]
    public void IsCancel_NoWords_FalseWithoutThrowing(string text)
    {
        Assert.False(HandoffWords.IsCancel(text));
    }
}
