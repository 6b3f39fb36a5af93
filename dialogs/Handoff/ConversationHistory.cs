using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TrierBot.Dialogs.Handoff;

/// <summary>
/// The recent messages of a conversation, read from the <see cref="ITranscriptStore"/> that the
/// <see cref="HandoffTranscriptMiddleware"/> feeds, as the transcript a counsellor gets with the hand-off.
/// </summary>
public static class ConversationHistory
{
    /// <summary>
    /// The last <paramref name="count"/> messages, oldest first, ending with the current one (the logger
    /// stores a turn only after it). Card titles are folded into the text, as the console shows text.
    /// </summary>
    public static async Task<Transcript> RecentAsync(ITranscriptStore store, ITurnContext turnContext, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(turnContext);
        var current = turnContext.Activity;
        var recent = new Queue<Activity>(count + 1);
        string? continuation = null;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await store.GetTranscriptActivitiesAsync(current.ChannelId, current.Conversation.Id, continuation);
            foreach (var activity in page.Items)
            {
                Keep(recent, Plain(activity, turnContext), count);
            }

            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));

        if (current.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(current.Text))
        {
            Keep(recent, Plain(current, turnContext), count);
        }

        return new Transcript([.. recent.Where(a => a.Text.Length > 0)]);
    }

    private static void Keep(Queue<Activity> recent, Activity activity, int count)
    {
        recent.Enqueue(activity);
        while (recent.Count > count)
        {
            recent.Dequeue();
        }
    }

    private static Activity Plain(IActivity activity, ITurnContext turnContext)
    {
        var text = activity.AsMessageActivity() is { } message ? HandoffTranscriptMiddleware.TextOf(message) : "";
        var fromUser = activity.From?.Role == RoleTypes.User || activity.From?.Id == turnContext.Activity.From?.Id;
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Timestamp = activity.Timestamp,
            Conversation = turnContext.Activity.Conversation,
            From = fromUser ? turnContext.Activity.From : turnContext.Activity.Recipient,
            Recipient = fromUser ? turnContext.Activity.Recipient : turnContext.Activity.From,
        };
    }
}
