using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TrierBot.Privacy;

namespace TrierBot.Handoff;

/// <summary>
/// The hand-off as turn middleware, so it works the same on every adapter: it watches what the bot sends for
/// <c>handoff.initiate</c> and queues the conversation; while the queue holds it or a counsellor owns it, the
/// bot is not called (silent) and the user's messages go to the console; "Lösche meine Daten" works any time,
/// through the one <see cref="ConversationEraser"/>.
/// </summary>
public sealed class HandoffMiddleware(HandoffStore store, HandoffQueue queue, HandoffLiveUpdates live, ConversationEraser eraser,
    TimeProvider time) : IMiddleware
{
    private const string QueueNoticeKey = "TrierBot.Handoff.QueueNotice";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId) || activity.ChannelId is null)
        {
            await next(cancellationToken);
            return;
        }

        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            // Queued in this turn: the queue's notice alone says what happens now. What the dialogs add after the
            // initiation (their promise of a quick answer, "anything else?" with the menu) would contradict it.
            if (context.TurnState.ContainsKey(QueueNoticeKey))
            {
                activities.RemoveAll(a => a.Type == ActivityTypes.Message);
                if (activities.Count == 0)
                {
                    return [];
                }
            }

            var responses = await nextSend();
            await OnSentAsync(context, activities, cancellationToken);
            return responses;
        });

        // Proactive turns (counsellor messages, timeouts) carry their own callback: always run it.
        if (activity.Type == ActivityTypes.Event && activity.Name == ActivityEventNames.ContinueConversation)
        {
            await next(cancellationToken);
            return;
        }

        var key = HandoffCase.KeyOf(activity.ChannelId, conversationId);
        if (activity.Type == ActivityTypes.Message)
        {
            if (store.IsDeletionPending(key))
            {
                await AnswerDeletionAsync(turnContext, key, cancellationToken);
                return;
            }

            if (HandoffWords.IsDeleteRequest(activity.Text))
            {
                await AskDeletionAsync(turnContext, key, cancellationToken);
                return;
            }
        }

        var open = store.FindOpenCase(activity.ChannelId, conversationId);
        if (open is null)
        {
            await next(cancellationToken);
            // The queue's notice is the turn's last word: the bot is quiet from the initiation on.
            if (turnContext.TurnState.Get<Activity>(QueueNoticeKey) is { } notice)
            {
                turnContext.TurnState.Remove(QueueNoticeKey);
                await turnContext.SendActivityAsync(notice, cancellationToken);
            }

            return;
        }

        // Handed off: the bot stays silent; only the queue's own answers reach the user.
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await queue.OnUserMessageAsync(turnContext, open, cancellationToken);
                break;
            case ActivityTypes.Typing:
                live.Publish(LiveUpdate.Typing, open);
                break;
            case ActivityTypes.Event when activity.Name == HandoffEventNames.HandoffStatus:
                await queue.ApplyStatusAsync(turnContext, open, activity, cancellationToken);
                break;
        }
    }

    private async Task OnSentAsync(ITurnContext turnContext, List<Activity> activities, CancellationToken cancellationToken)
    {
        // What the hand-off itself sends proactively is already recorded and acted upon.
        if (turnContext.TurnState.ContainsKey(UserChannelSender.RelayTurnKey))
        {
            return;
        }

        foreach (var sent in activities)
        {
            if (sent.Type == ActivityTypes.Event && sent.Name == HandoffEventNames.InitiateHandoff)
            {
                if (queue.Enqueue(turnContext, sent) is { } notice)
                {
                    turnContext.TurnState[QueueNoticeKey] = notice;
                }

                continue;
            }

            var open = store.FindOpenCase(turnContext.Activity.ChannelId, turnContext.Activity.Conversation.Id);
            if (open is null)
            {
                continue;
            }

            if (sent.Type == ActivityTypes.Event && sent.Name == HandoffEventNames.HandoffStatus)
            {
                await queue.ApplyStatusAsync(turnContext, open, sent, cancellationToken);
            }
            else
            {
                queue.RecordBotMessage(open, sent);
            }
        }
    }

    private async Task AskDeletionAsync(ITurnContext turnContext, string key, CancellationToken cancellationToken)
    {
        var en = IsEnglish(turnContext);
        store.SaveDeletion(new PendingDeletion { Id = key, AskedUtc = time.GetUtcNow().UtcDateTime, English = en });
        var ask = MessageFactory.SuggestedActions([HandoffTexts.YesDelete(en), HandoffTexts.NoKeep(en)], HandoffTexts.ConfirmDeletion(en), toList: null);
        await turnContext.SendActivityAsync(ask, cancellationToken);
    }

    private async Task AnswerDeletionAsync(ITurnContext turnContext, string key, CancellationToken cancellationToken)
    {
        var pending = store.FindDeletion(key);
        var en = pending?.English ?? IsEnglish(turnContext);
        store.RemoveDeletion(key);
        if (!HandoffWords.IsYes(turnContext.Activity.Text))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(HandoffTexts.NotDeleted(en)), cancellationToken);
            return;
        }

        var activity = turnContext.Activity;
        // The turn's cached state must not write the erased data back.
        turnContext.TurnState.Remove(nameof(ConversationState));
        turnContext.TurnState.Remove(nameof(UserState));
        var done = MessageFactory.Text(HandoffTexts.Deleted(en));
        done.ChannelData = new JObject { [ConversationEraser.ErasedChannelDataProperty] = true };
        try
        {
            // The answer first: on Direct Line the conversation is gone afterwards, and nothing reaches it any more.
            await turnContext.SendActivityAsync(done, cancellationToken);
        }
        finally
        {
            // Also when the answer could not be sent: the person asked for it.
            await eraser.EraseAsync(new ErasedConversation(activity.ChannelId, activity.Conversation.Id, activity.From?.Id), CancellationToken.None);
        }
    }

    // The browser's locale says little about the language a user writes in; the text does.
    private static bool IsEnglish(ITurnContext turnContext) => HandoffWords.LooksEnglish(turnContext.Activity.Text);
}
