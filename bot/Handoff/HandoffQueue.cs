using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TrierBot.Privacy;

namespace TrierBot.Handoff;

/// <summary>
/// The life of a hand-off: queued on <c>handoff.initiate</c>, accepted, transferred, handed back, cancelled, timed out.
/// Each change is saved, pushed to the consoles, and (where the user must know) told to the user. Erasing a
/// conversation ends its hand-off too: the case leaves the queue and the open consoles at once.
/// </summary>
public sealed class HandoffQueue(
    HandoffStore store,
    HandoffLiveUpdates live,
    UserChannelSender sender,
    ConversationState conversationState,
    IEnumerable<IUserPresence> presences,
    IOptions<HandoffOptions> options,
    TimeProvider time,
    ILogger<HandoffQueue> logger) : IConversationDataStore
{
    /// <summary>The dialog layer's conversation-state property for its stack; cleared on hand-back so the dialog restarts.</summary>
    public const string DialogStateProperty = "DialogState";

    private const string TranscriptContentType = "application/vnd.microsoft.activity.transcript";

    private readonly HandoffOptions _options = options.Value;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    // ---- from the user's side (called by the middleware inside the user's turn)

    /// <summary>
    /// Queues the conversation of <paramref name="turnContext"/> for the initiation event. Returns what to tell the
    /// user (waiting time or the honest office-hours offer), to be sent after the dialog's own words; null when already queued.
    /// </summary>
    public Activity? Enqueue(ITurnContext turnContext, IActivity initiation)
    {
        var incoming = turnContext.Activity;
        if (store.FindOpenCase(incoming.ChannelId, incoming.Conversation.Id) is not null)
        {
            return null;
        }

        var summary = ReadSummary(initiation);
        // The browser's locale says little about the language a user writes in; the dialogs' summary and the text do.
        summary.Language ??= HandoffWords.LooksEnglish(incoming.Text) ? "en" : "de";
        var handoffCase = new HandoffCase
        {
            ChannelId = incoming.ChannelId,
            ConversationId = incoming.Conversation.Id,
            UserId = incoming.From?.Id ?? "",
            ReferenceJson = JsonConvert.SerializeObject(incoming.GetConversationReference()),
            Summary = summary,
            Team = HandoffTeams.FromTopic(summary.Topic),
            Status = HandoffCaseStatus.Waiting,
            QueuedUtc = Now,
            UpdatedUtc = Now,
            LastSeenUtc = Now,
        };
        var open = _options.OfficeHours.IsOpenAt(time.GetUtcNow());
        handoffCase.OfferMade = !open;
        store.SaveCase(handoffCase);
        foreach (var line in ReadTranscript(initiation, handoffCase.Id))
        {
            store.AddLine(line);
        }

        logger.LogInformation("Conversation {ConversationId} on {ChannelId} queued for team {Team}", handoffCase.ConversationId, handoffCase.ChannelId, handoffCase.Team);
        live.Publish(LiveUpdate.Queue, handoffCase);
        var en = handoffCase.English;
        return open
            ? (Activity)MessageFactory.Text(HandoffTexts.Waiting(en, handoffCase.Team, _options.AcceptTimeout, handoffCase.Formal))
            : OfferActivity(HandoffTexts.OutsideOfficeHours(en, _options.OfficeHours.Describe(en), _options.OfficeHours.DescribeNextOpening(time.GetUtcNow(), en), _options.ContactText, handoffCase.Formal), en);
    }

    /// <summary>A user message while the conversation is handed off: recorded and pushed; only the queue's own choices are answered.</summary>
    public async Task OnUserMessageAsync(ITurnContext turnContext, HandoffCase handoffCase, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim() ?? "";
        handoffCase.LastSeenUtc = Now;
        store.SaveCase(handoffCase);
        AddLine(handoffCase, TranscriptEntry.UserRole, turnContext.Activity.From?.Name ?? "", text);
        if (handoffCase.Status != HandoffCaseStatus.Waiting)
        {
            return;
        }

        var en = handoffCase.English;
        if (HandoffWords.IsCancel(text))
        {
            Close(handoffCase);
            logger.LogInformation("Conversation {ConversationId} left the queue", handoffCase.ConversationId);
            await turnContext.SendActivityAsync(MessageFactory.Text(HandoffTexts.Cancelled(en, handoffCase.Formal)), cancellationToken);
            return;
        }

        if (handoffCase.AwaitingContact is { } kind && text.Length > 0)
        {
            store.SaveCallback(new CallbackRequest
            {
                ChannelId = handoffCase.ChannelId,
                ConversationId = handoffCase.ConversationId,
                UserId = handoffCase.UserId,
                Team = handoffCase.Team,
                Topic = handoffCase.Summary.Topic,
                Kind = kind,
                Contact = text,
                CreatedUtc = Now,
            });
            Close(handoffCase);
            live.Publish(new LiveUpdate(LiveUpdate.Callbacks));
            logger.LogInformation("Conversation {ConversationId} left a {Kind} callback request", handoffCase.ConversationId, kind);
            await turnContext.SendActivityAsync(MessageFactory.Text(HandoffTexts.CallbackStored(en, kind == CallbackRequest.Phone, handoffCase.Formal)), cancellationToken);
            return;
        }

        if (!handoffCase.OfferMade)
        {
            return;
        }

        string? answer = null;
        if (HandoffWords.IsCallback(text))
        {
            handoffCase.AwaitingContact = CallbackRequest.Phone;
            answer = HandoffTexts.AskPhone(en, handoffCase.Formal);
        }
        else if (HandoffWords.IsEmail(text))
        {
            handoffCase.AwaitingContact = CallbackRequest.Email;
            answer = HandoffTexts.AskEmail(en, handoffCase.Formal);
        }
        else if (HandoffWords.IsContacts(text))
        {
            answer = _options.ContactText;
        }
        else if (HandoffWords.IsKeepWaiting(text))
        {
            answer = HandoffTexts.KeepWaiting(en, handoffCase.Formal);
        }

        if (answer is not null)
        {
            Touch(handoffCase);
            await turnContext.SendActivityAsync(MessageFactory.Text(answer), cancellationToken);
        }
    }

    /// <summary>A bot message sent while the conversation is handed off (our own queue texts) goes into the transcript.</summary>
    public void RecordBotMessage(HandoffCase handoffCase, IActivity activity)
    {
        if (activity is IMessageActivity { Text: { Length: > 0 } text })
        {
            AddLine(handoffCase, TranscriptEntry.BotRole, "TrierBot", text);
        }
    }

    /// <summary><c>handoff.status</c> from an agent hub (incoming) or from the bot itself (outgoing): accepted, completed, failed.</summary>
    public async Task ApplyStatusAsync(ITurnContext turnContext, HandoffCase handoffCase, IActivity statusEvent, CancellationToken cancellationToken)
    {
        var state = (statusEvent as IEventActivity)?.Value is { } value ? JObject.FromObject(value)["state"]?.ToString() : null;
        switch (state)
        {
            case "accepted":
                handoffCase.Status = HandoffCaseStatus.Active;
                Touch(handoffCase);
                break;
            case "completed":
                Close(handoffCase);
                await ClearDialogStateAsync(turnContext, cancellationToken);
                break;
            case "failed":
                Close(handoffCase);
                await turnContext.SendActivityAsync(MessageFactory.Text(HandoffTexts.Failed(handoffCase.English, handoffCase.Formal)), cancellationToken);
                break;
        }
    }

    // ---- from the host (timeouts, retention)

    /// <summary>Tells every user who waited longer than the accept timeout that nobody is free, once, and offers a callback.</summary>
    public async Task<int> NotifyOverdueAsync(CancellationToken cancellationToken)
    {
        var overdue = store.OverdueCases(Now - _options.AcceptTimeout);
        foreach (var handoffCase in overdue)
        {
            handoffCase.OfferMade = true;
            Touch(handoffCase);
            try
            {
                var offer = OfferActivity(HandoffTexts.NobodyFree(handoffCase.English, handoffCase.Formal), handoffCase.English);
                AddLine(handoffCase, TranscriptEntry.BotRole, "TrierBot", offer.Text);
                await sender.SendAsync(handoffCase, offer, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Could not tell conversation {ConversationId} about the timeout: {ExceptionType}", handoffCase.ConversationId, ex.GetType().Name);
            }
        }

        return overdue.Count;
    }

    // ---- erasure ("Lösche meine Daten", the page's delete button, retention)

    /// <summary>Removes the conversation's cases (waiting, open or closed) with their transcripts, its callback requests and a pending deletion.</summary>
    public Task EraseAsync(ErasedConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        Erased(store.DeleteConversationData(conversation.ChannelId, conversation.ConversationId, conversation.UserId));
        live.Publish(new LiveUpdate(LiveUpdate.Callbacks));
        store.Checkpoint();
        return Task.CompletedTask;
    }

    public Task<int> EraseExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var (cases, others) = store.DeleteOlderThan(nowUtc.AddDays(-_options.RetentionDays));
        Erased(cases);
        if (cases.Count + others > 0)
        {
            live.Publish(new LiveUpdate(LiveUpdate.Callbacks));
            store.Checkpoint();
        }

        return Task.FromResult(cases.Count + others);
    }

    private void Erased(IReadOnlyList<HandoffCase> cases)
    {
        foreach (var handoffCase in cases)
        {
            if (handoffCase.Status != HandoffCaseStatus.Closed)
            {
                logger.LogInformation("Conversation {ConversationId} left the queue: its data was erased", handoffCase.ConversationId);
            }

            live.Publish(LiveUpdate.Erased, handoffCase);
        }
    }

    /// <summary>
    /// Closes as "abgebrochen" every waiting case whose person has not been seen for <see cref="HandoffOptions.AbandonAfter"/>
    /// (no message, and the chat page's socket closed); the consoles drop it live. Channels without presence are left alone.
    /// </summary>
    public int CloseAbandoned()
    {
        var cutoff = Now - _options.AbandonAfter;
        var closed = 0;
        foreach (var handoffCase in store.OpenCases().Where(c => c.Status == HandoffCaseStatus.Waiting && c.LastSeenUtc < cutoff && c.QueuedUtc < cutoff))
        {
            var seen = presences.Select(p => p.LastSeenUtc(handoffCase.ChannelId, handoffCase.ConversationId)).OfType<DateTime>().ToList();
            if (seen.Count == 0 || seen.Max() >= cutoff)
            {
                continue;
            }

            AddLine(handoffCase, TranscriptEntry.NoteRole, "TrierBot", "Abgebrochen: Die Person hat den Chat verlassen.");
            handoffCase.ClosedReason = HandoffCase.AbandonedReason;
            Close(handoffCase);
            logger.LogInformation("Conversation {ConversationId} left the queue: the person is gone", handoffCase.ConversationId);
            closed++;
        }

        return closed;
    }

    // ---- from the console

    public async Task<HandoffResult> AcceptAsync(string caseId, CounsellorIdentity counsellor, CancellationToken cancellationToken)
    {
        var handoffCase = store.FindCase(caseId);
        if (handoffCase is null || !counsellor.MaySee(handoffCase)) return HandoffResult.NotFound;
        if (handoffCase.Status != HandoffCaseStatus.Waiting) return HandoffResult.Conflict;
        handoffCase.Status = HandoffCaseStatus.Active;
        var name = CounsellorMessages.DisplayName(counsellor.Login, counsellor.DisplayName);
        handoffCase.Counsellor = counsellor.Login;
        handoffCase.CounsellorName = name;
        handoffCase.AssignedTo = null;
        handoffCase.AwaitingContact = null;
        Touch(handoffCase);
        logger.LogInformation("Conversation {ConversationId} accepted by {Counsellor}", handoffCase.ConversationId, counsellor.Login);
        var text = HandoffTexts.Accepted(handoffCase.English, name, handoffCase.Formal);
        AddLine(handoffCase, TranscriptEntry.BotRole, "TrierBot", text);
        await sender.ContinueAsync(handoffCase, async (turnContext, ct) =>
        {
            await turnContext.SendActivityAsync(EventFactory.CreateHandoffStatus(turnContext.Activity.Conversation, "accepted"), ct);
            await turnContext.SendActivityAsync(MessageFactory.Text(text), ct);
        }, cancellationToken);
        return HandoffResult.Done;
    }

    public async Task<HandoffResult> SendMessageAsync(string caseId, CounsellorIdentity counsellor, string text, CancellationToken cancellationToken)
    {
        var handoffCase = OwnedBy(caseId, counsellor);
        if (handoffCase is null) return HandoffResult.NotFound;
        if (string.IsNullOrWhiteSpace(text)) return HandoffResult.Invalid;
        var name = CounsellorMessages.DisplayName(counsellor.Login, counsellor.DisplayName);
        AddLine(handoffCase, TranscriptEntry.CounsellorRole, name, text.Trim());
        await sender.SendAsync(handoffCase, CounsellorMessages.Message(handoffCase, counsellor.Login, name, text.Trim()), cancellationToken);
        return HandoffResult.Done;
    }

    public async Task<HandoffResult> SendTypingAsync(string caseId, CounsellorIdentity counsellor, CancellationToken cancellationToken)
    {
        var handoffCase = OwnedBy(caseId, counsellor);
        if (handoffCase is null) return HandoffResult.NotFound;
        var typing = new Activity(ActivityTypes.Typing);
        CounsellorMessages.Mark(typing, counsellor.Login, CounsellorMessages.DisplayName(counsellor.Login, counsellor.DisplayName));
        await sender.SendAsync(handoffCase, typing, cancellationToken);
        return HandoffResult.Done;
    }

    /// <summary>Back into a queue: another team's, or one colleague's; the note stays internal.</summary>
    public async Task<HandoffResult> TransferAsync(string caseId, CounsellorIdentity counsellor, string? team, string? colleague, string? note, CancellationToken cancellationToken)
    {
        var handoffCase = store.FindCase(caseId);
        if (handoffCase is null || !counsellor.MaySee(handoffCase) || handoffCase.Status == HandoffCaseStatus.Closed) return HandoffResult.NotFound;
        var targetTeam = team is null ? null : HandoffTeams.Normalize(team);
        var targetColleague = string.IsNullOrWhiteSpace(colleague) ? null : store.FindAccount(colleague);
        if (targetTeam is null && targetColleague is null) return HandoffResult.Invalid;
        handoffCase.Team = targetTeam ?? handoffCase.Team;
        handoffCase.AssignedTo = targetColleague?.Id;
        handoffCase.Status = HandoffCaseStatus.Waiting;
        handoffCase.Counsellor = null;
        handoffCase.CounsellorName = null;
        handoffCase.QueuedUtc = Now;
        handoffCase.OfferMade = false;
        Touch(handoffCase);
        var target = targetColleague?.DisplayName ?? handoffCase.Team;
        AddLine(handoffCase, TranscriptEntry.NoteRole, counsellor.DisplayName, $"→ {target}" + (string.IsNullOrWhiteSpace(note) ? "" : $": {note.Trim()}"));
        var text = HandoffTexts.Transferred(handoffCase.English, handoffCase.Team, handoffCase.Formal);
        AddLine(handoffCase, TranscriptEntry.BotRole, "TrierBot", text);
        logger.LogInformation("Conversation {ConversationId} transferred by {Counsellor} to team {Team}", handoffCase.ConversationId, counsellor.Login, handoffCase.Team);
        await sender.SendAsync(handoffCase, MessageFactory.Text(text), cancellationToken);
        return HandoffResult.Done;
    }

    /// <summary>Ends the hand-off: the user is told, <c>handoff.status completed</c> is sent, and the dialog starts afresh.</summary>
    public async Task<HandoffResult> HandBackAsync(string caseId, CounsellorIdentity counsellor, CancellationToken cancellationToken)
    {
        var handoffCase = OwnedBy(caseId, counsellor);
        if (handoffCase is null) return HandoffResult.NotFound;
        var text = HandoffTexts.HandedBack(handoffCase.English, handoffCase.Formal);
        AddLine(handoffCase, TranscriptEntry.BotRole, "TrierBot", text);
        Close(handoffCase);
        logger.LogInformation("Conversation {ConversationId} handed back by {Counsellor}", handoffCase.ConversationId, counsellor.Login);
        await sender.ContinueAsync(handoffCase, async (turnContext, ct) =>
        {
            await ClearDialogStateAsync(turnContext, ct);
            await turnContext.SendActivityAsync(EventFactory.CreateHandoffStatus(turnContext.Activity.Conversation, "completed"), ct);
            await turnContext.SendActivityAsync(MessageFactory.Text(text), ct);
        }, cancellationToken);
        return HandoffResult.Done;
    }

    public HandoffResult MarkCallbackDone(string callbackId, CounsellorIdentity counsellor)
    {
        var request = store.FindCallback(callbackId);
        if (request is null || !counsellor.Teams.Contains(request.Team)) return HandoffResult.NotFound;
        request.Done = true;
        request.DoneBy = counsellor.Login;
        store.SaveCallback(request);
        live.Publish(new LiveUpdate(LiveUpdate.Callbacks));
        return HandoffResult.Done;
    }

    // ---- helpers

    private HandoffCase? OwnedBy(string caseId, CounsellorIdentity counsellor) =>
        store.FindCase(caseId) is { Status: HandoffCaseStatus.Active } c && c.Counsellor == counsellor.Login ? c : null;

    private void AddLine(HandoffCase handoffCase, string role, string name, string text)
    {
        var line = new TranscriptEntry { CaseId = handoffCase.Id, Utc = Now, Role = role, Name = name, Text = text };
        store.AddLine(line);
        live.Publish(LiveUpdate.Line, handoffCase, new { id = line.Id, role, name, text, utc = DateTime.SpecifyKind(line.Utc, DateTimeKind.Utc) });
    }

    private void Touch(HandoffCase handoffCase)
    {
        handoffCase.UpdatedUtc = Now;
        store.SaveCase(handoffCase);
        live.Publish(LiveUpdate.Queue, handoffCase);
    }

    private void Close(HandoffCase handoffCase)
    {
        handoffCase.Status = HandoffCaseStatus.Closed;
        handoffCase.AwaitingContact = null;
        Touch(handoffCase);
    }

    private async Task ClearDialogStateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await conversationState.LoadAsync(turnContext, true, cancellationToken);
        await conversationState.CreateProperty<object>(DialogStateProperty).DeleteAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, true, cancellationToken);
    }

    private static Activity OfferActivity(string text, bool en)
    {
        var offer = MessageFactory.SuggestedActions(
            [HandoffTexts.CallbackChoice(en), HandoffTexts.EmailChoice(en), HandoffTexts.ContactsChoice(en), HandoffTexts.KeepWaitingChoice(en), HandoffTexts.CancelChoice(en)],
            text, toList: null);
        return (Activity)offer;
    }

    private static HandoffSummary ReadSummary(IActivity initiation)
    {
        var value = (initiation as IEventActivity)?.Value;
        if (value is null) return new HandoffSummary();
        try
        {
            var json = value as JToken ?? JToken.FromObject(value);
            if (json is not JObject obj) return new HandoffSummary { Topic = json.ToString() };
            return new HandoffSummary
            {
                Topic = Text(obj, "topic"),
                Age = int.TryParse(Text(obj, "age"), out var age) ? age : null,
                District = Text(obj, "district"),
                Searched = Text(obj, "searched"),
                Language = Text(obj, "language"),
                Register = Text(obj, "register"),
            };
        }
        catch (JsonException)
        {
            return new HandoffSummary();
        }
    }

    private static string? Text(JObject obj, string name)
    {
        var token = obj.GetValue(name, StringComparison.OrdinalIgnoreCase);
        return token switch
        {
            null or { Type: JTokenType.Null } => null,
            JArray array => string.Join(", ", array.Select(t => t.ToString())),
            _ => token.ToString(),
        };
    }

    private IEnumerable<TranscriptEntry> ReadTranscript(IActivity initiation, string caseId)
    {
        // EventFactory attaches the transcript as {name:"Transcript", contentType:"application/json"}.
        var attachment = (initiation as Activity)?.Attachments?.FirstOrDefault(a =>
            a.Content is Transcript || a.Name == nameof(Transcript) || a.ContentType == TranscriptContentType);
        if (attachment?.Content is null) yield break;
        var activities = JToken.FromObject(attachment.Content)["activities"] as JArray ?? [];
        var now = Now;
        foreach (var item in activities.OfType<JObject>())
        {
            if (item.Value<string>("type") != ActivityTypes.Message) continue;
            var text = item.Value<string>("text");
            if (string.IsNullOrEmpty(text)) continue;
            var from = item["from"] as JObject;
            var role = from?.Value<string>("role") == RoleTypes.User ? TranscriptEntry.UserRole : TranscriptEntry.BotRole;
            // A timestamp comes as DateTime or DateTimeOffset depending on who built the transcript.
            var utc = item["timestamp"] is { Type: JTokenType.Date } ts ? ts.ToObject<DateTimeOffset>().UtcDateTime : now;
            yield return new TranscriptEntry { CaseId = caseId, Utc = utc < now ? utc : now, Role = role, Name = from?.Value<string>("name") ?? "", Text = text };
        }
    }
}
