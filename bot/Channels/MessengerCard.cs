using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TrierBot.Channels;

/// <summary>
/// The parts of a HeroCard or ThumbnailCard a messenger can show. The dialogs send cards as for Web Chat;
/// their content arrives as the SDK type or, after a round trip through JSON, as a JObject.
/// </summary>
public sealed record MessengerCard(string? Title, string? Subtitle, string? Text, IReadOnlyList<CardAction> Buttons)
{
    public static bool TryRead(Attachment attachment, out MessengerCard card)
    {
        card = new MessengerCard(null, null, null, []);
        if (attachment?.Content is null
            || attachment.ContentType is not (HeroCard.ContentType or ThumbnailCard.ContentType))
        {
            return false;
        }

        var content = attachment.Content as JObject ?? JObject.FromObject(attachment.Content);
        card = new MessengerCard(
            (string?)content["title"],
            (string?)content["subtitle"],
            (string?)content["text"],
            content["buttons"]?.ToObject<List<CardAction>>() ?? []);
        return true;
    }

    /// <summary>Title, subtitle and text, one per line, for messengers that show a card as a message.</summary>
    public string Body => string.Join("\n", new[] { Title, Subtitle, Text }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
