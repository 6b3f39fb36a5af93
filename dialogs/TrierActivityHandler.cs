using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrierBot.Dialogs.Conversations;
using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.Knowledge;
using TrierBot.Dialogs.State;
using TrierBot.Understanding;

namespace TrierBot.Dialogs;

/// <summary>
/// The bot: loads conversation state, understands the message once, welcomes once, runs the main dialog
/// and saves state. The guided conversations hang below <see cref="MainDialog"/>.
/// </summary>
public class TrierActivityHandler : ActivityHandler
{
    public const string WelcomeText =
        "Hallo! Ich bin TrierBot vom Bildungsbüro der Stadt Trier. Ich finde Angebote zu Ausbildung, Studium, Lesen und Schreiben oder MINT – und die richtige Beratung.";

    /// <summary>Messages shorter than this (answers, button titles) keep the conversation's language.</summary>
    public const int MinWordsToSwitchLanguage = 3;

    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly TrierStateAccessors _accessors;
    private readonly MainDialog _mainDialog;
    private readonly IUtteranceRecognizer _recognizer;
    private readonly TimeProvider _time;
    private readonly TrierDialogOptions _options;
    private readonly ILogger<TrierActivityHandler> _logger;

    public TrierActivityHandler(ConversationState conversationState, UserState userState, TrierStateAccessors accessors, MainDialog mainDialog,
        IUtteranceRecognizer recognizer, TimeProvider timeProvider, IOptions<TrierDialogOptions> options, ILogger<TrierActivityHandler> logger)
    {
        _conversationState = conversationState;
        _userState = userState;
        _accessors = accessors;
        _mainDialog = mainDialog;
        _recognizer = recognizer;
        _time = timeProvider;
        _options = options.Value;
        _logger = logger;
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await _accessors.GetDataAsync(turnContext, cancellationToken);
        await base.OnTurnAsync(turnContext, cancellationToken);
        // Save only after a complete turn: a failed turn must not persist half a dialog step. A message turn
        // always changes the state (turn count, last activity), so the SDK's change check would only cost a
        // serialization of it.
        var changed = turnContext.Activity.Type == ActivityTypes.Message;
        await _conversationState.SaveChangesAsync(turnContext, force: changed, cancellationToken);
        await _userState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Direct Line adds the bot first and the user later: only a user joining is worth a welcome.
        if (membersAdded.All(m => m.Id == turnContext.Activity.Recipient?.Id))
        {
            return;
        }

        var data = await _accessors.GetDataAsync(turnContext, cancellationToken);
        var english = ((ITurnContext)turnContext).Activity.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
        await SendWelcomeOnceAsync(turnContext, data, english, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var data = await _accessors.GetDataAsync(turnContext, cancellationToken);
        var now = _time.GetUtcNow();
        var silent = data.LastUserActivityUtc is { } last && now - last > _options.SilenceBeforeResumeQuestion;
        data.TurnCount++;
        data.LastUserActivityUtc = now;
        _logger.LogInformation("Message turn {TurnCount} in conversation {ConversationId} on {ChannelId}",
            data.TurnCount, turnContext.Activity.Conversation.Id, turnContext.Activity.ChannelId);

        // Every reader below (recognizer, prompts, search) gets the part of the message the bot reads: a flood of
        // text costs no more than a long message, and half a surrogate pair reaches no parser.
        if (turnContext.Activity.Text is { } raw)
        {
            turnContext.Activity.Text = MessageLimits.ForRecognizer(raw);
        }

        var text = turnContext.Activity.Text;
        if (!string.IsNullOrWhiteSpace(text))
        {
            var utterance = _recognizer.Recognize(MessageReader.WithoutEmoji(text), _time.GetLocalNow().DateTime);
            TurnUtterance.Set(turnContext, utterance);
            RememberLanguage(data, utterance);
            await BotTraces.SendRecognizerTraceAsync(turnContext, utterance, cancellationToken);
        }

        DialogLocale.Set(turnContext, data.Language == "en" ? DialogLocale.English : DialogLocale.German);
        if (silent)
        {
            LongSilence.Mark(turnContext);
        }

        await SendWelcomeOnceAsync(turnContext, data, data.Language == "en", cancellationToken);
        await _mainDialog.RunAsync(turnContext, _accessors.DialogState, new MainOptions { RouteMessage = true }, cancellationToken);
    }

    private static async Task SendWelcomeOnceAsync(ITurnContext turnContext, ConversationData data, bool english, CancellationToken cancellationToken)
    {
        if (data.Welcomed)
        {
            return;
        }

        data.Welcomed = true;
        var welcome = MessageFactory.Text(english ? MainTexts.Welcome.En : WelcomeText);
        if (Channel.SupportsSuggestedActions(turnContext.Activity.ChannelId))
        {
            welcome.SuggestedActions = new SuggestedActions
            {
                Actions = [.. MainDialog.TopicChoices(english).Select(c => new CardAction(ActionTypes.ImBack, c.DisplayTitle, value: c.DisplayTitle))],
            };
        }

        await turnContext.SendActivityAsync(welcome, cancellationToken);
    }

    /// <summary>Short answers ("16", "ja", "Finished school") say little about the language: only sentences switch it.</summary>
    private static void RememberLanguage(ConversationData data, Utterance utterance)
    {
        var words = utterance.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (utterance.Language is "de" or "en" && (words >= MinWordsToSwitchLanguage || data.TurnCount == 1))
        {
            data.Language = utterance.Language;
        }
    }
}
