using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TrierBot.Dialogs.Handoff;

/// <summary>
/// Logs what a counsellor needs of a conversation for a later hand-off, and nothing more: for each message
/// of the user and of the bot, who wrote it, when, and its text with the titles of its cards.
/// </summary>
/// <remarks>
/// In place of the SDK's <see cref="TranscriptLoggerMiddleware"/>, which copies every activity whole (through
/// JSON) and so keeps channel data, names, card contents and buttons that no counsellor reads: data kept
/// about young people should be what the purpose needs. The copy was also a sixth of a turn's work. Like the
/// SDK's, it hands a turn's messages to the <see cref="ITranscriptLogger"/> when the turn ends, even a failed one.
/// </remarks>
public sealed class HandoffTranscriptMiddleware(ITranscriptLogger logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var messages = new List<Activity>(4);
        if (Entry(turnContext.Activity) is { } received)
        {
            messages.Add(received);
        }

        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            var responses = await nextSend().ConfigureAwait(false);
            lock (messages)
            {
                messages.AddRange(activities.Select(Entry).OfType<Activity>());
            }

            return responses;
        });

        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var message in messages)
            {
                await logger.LogActivityAsync(message).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The text a counsellor reads for a message: its text and its cards' titles, one per line.</summary>
    public static string TextOf(IMessageActivity message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var titles = message.Attachments?.Select(a => CardTitle(a.Content)) ?? [];
        return string.Join("\n", new[] { message.Text }.Concat(titles).Where(t => !string.IsNullOrWhiteSpace(t)));
    }

    // A card from a dialog is a HeroCard; one that came back from JSON (an older stored transcript) a JObject.
    private static string? CardTitle(object? content) => content switch
    {
        HeroCard card => card.Title,
        JObject json => json.Value<string>("title"),
        _ => null,
    };

    private static Activity? Entry(IActivity activity)
    {
        if (activity.AsMessageActivity() is not { } message || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return null;
        }

        var text = TextOf(message);
        return text.Length == 0 ? null : new Activity
        {
            Type = ActivityTypes.Message,
            Id = activity.Id,
            Timestamp = activity.Timestamp ?? DateTimeOffset.UtcNow,
            ChannelId = activity.ChannelId,
            Conversation = new ConversationAccount(id: conversationId),
            From = new ChannelAccount(activity.From?.Id, role: activity.From?.Role),
            Text = text,
        };
    }
}
