using Microsoft.Bot.Schema;

namespace TrierBot.Dialogs.Tests.Support;

/// <summary>Reading a turn's replies the way a user sees them.</summary>
public static class Replies
{
    public static IEnumerable<Activity> Messages(this IEnumerable<Activity> replies) => replies.Where(r => r.Type == ActivityTypes.Message);

    /// <summary>All visible text of the turn: message texts and card texts.</summary>
    public static string AllText(this IEnumerable<Activity> replies)
        => string.Join("\n", replies.Messages().SelectMany(r => new[] { r.Text }.Concat(
            (r.Attachments ?? []).Select(a => a.Content).OfType<HeroCard>().Select(c => $"{c.Title}\n{c.Subtitle}\n{c.Text}"))))
           ;

    public static List<HeroCard> Cards(this IEnumerable<Activity> replies)
        => [.. replies.Messages().SelectMany(r => r.Attachments ?? []).Select(a => a.Content).OfType<HeroCard>()];

    public static string LastText(this IEnumerable<Activity> replies) => replies.Messages().Last().Text ?? "";

    public static void AssertContains(this IEnumerable<Activity> replies, string expected)
    {
        var text = replies.AllText();
        Assert.True(text.Contains(expected, StringComparison.OrdinalIgnoreCase), $"Expected \"{expected}\" in:\n{text}");
    }

    public static void AssertDoesNotContain(this IEnumerable<Activity> replies, string unexpected)
    {
        var text = replies.AllText();
        Assert.False(text.Contains(unexpected, StringComparison.OrdinalIgnoreCase), $"Did not expect \"{unexpected}\" in:\n{text}");
    }
}
