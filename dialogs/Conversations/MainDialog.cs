using Microsoft.Bot.Builder;
using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.Handoff;
using TrierBot.Dialogs.Knowledge;
using TrierBot.Dialogs.State;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Conversations;

/// <summary>
/// The router: offers the topics, sends free text to the guided conversation the recognizer picks (with the
/// slots the message already answers), answers FAQ questions directly, and comes back to the menu after each
/// topic. Interruptions are handled by <see cref="InterruptibleDialog"/>.
/// </summary>
public sealed class MainDialog : InterruptibleDialog
{
    /// <summary>Free text below this score counts as not understood.</summary>
    public const double RouteThreshold = 0.4;

    private const string FlowDialogId = "MainDialog.Flow";
    private const string MenuPromptId = "MainDialog.Menu";
    private const string RoutedIntent = "intent";

    private readonly KnowledgeLookup _lookup;
    private readonly Dictionary<string, string> _topicDialogIds;

    public MainDialog(TrierStateAccessors accessors, OfferPresenter presenter, KnowledgeLookup lookup, GuidedTopicDialog guidedTopic, HandoffDialog handoff)
        : base(nameof(MainDialog), accessors, presenter)
    {
        _lookup = lookup;
        _topicDialogIds = TopicCatalog.All.ToDictionary(t => t.Intent, _ => guidedTopic.Id);

        AddDialog(new WaterfallDialog(FlowDialogId, [IntroStepAsync, RouteStepAsync, FinalStepAsync]));
        AddDialog(new TextPrompt(MenuPromptId));
        AddDialog(guidedTopic);
        AddDialog(handoff);
        InitialDialogId = FlowDialogId;
    }

    protected override IReadOnlyDictionary<string, string> TopicDialogIds => _topicDialogIds;

    /// <summary>The topics as menu choices; the value is the intent they stand for.</summary>
    public static List<Choice> TopicChoices(bool english) =>
    [
        .. TopicCatalog.All.Where(t => t.MenuSynonyms.Count > 0).Select(t => new Choice(t.Intent, t.MenuLabel.In(english), [.. t.MenuSynonyms])),
        new(IntentNames.Handoff, MainTexts.TopicHuman.In(english), "mensch", "human"),
    ];

    protected override Task<DialogTurnResult> RestartAsync(DialogContext innerDc, MainOptions options, CancellationToken cancellationToken)
        => innerDc.BeginDialogAsync(FlowDialogId, options, cancellationToken);

    private async Task<DialogTurnResult> IntroStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = StateValue.As<MainOptions>(step.Options) ?? new MainOptions();
        if (options.StartIntent is { } intent)
        {
            step.Values[RoutedIntent] = intent;
            return await step.NextAsync(null, cancellationToken);
        }

        // A first message is read whole: "moin bin 13 aus pallin" greets, and still carries an age and a place.
        if (options.RouteMessage && (ResolveIntent(step.Context) is not (IntentNames.None or IntentNames.Greeting) || Carries(MessageReader.Read(step.Context))))
        {
            return await step.NextAsync(step.Context.Activity.Text, cancellationToken);
        }

        var english = DialogLocale.IsEnglish(step.Context);
        var register = GuidedTopicDialog.RegisterOf(step.Context, await Accessors.GetDataAsync(step.Context, cancellationToken));
        var question = options.Menu switch
        {
            MenuQuestion.AnythingElse => MainTexts.AnythingElse,
            MenuQuestion.NotUnderstood => MainTexts.NotUnderstood,
            _ => MainTexts.AskTopic,
        };
        return await step.PromptAsync(MenuPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(question.In(register)),
            Choices = TopicChoices(english),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turnContext = step.Context;
        var data = await Accessors.GetDataAsync(turnContext, cancellationToken);
        var register = GuidedTopicDialog.RegisterOf(turnContext, data);
        var routedIntent = step.Values.TryGetValue(RoutedIntent, out var routed) ? StateValue.As<string>(routed) : null;
        var intent = routedIntent ?? ResolveIntent(turnContext);
        var message = MessageReader.Read(turnContext);

        // Free text goes to the topic the whole message points to (a topic named outright, the cues, the age) —
        // the same choice the engine makes mid-way; a clicked menu button stays what it says.
        var freeText = routedIntent is null && !GuidedTopicDialog.IsMenuPick(message);
        if (freeText && (_topicDialogIds.ContainsKey(intent) || intent is IntentNames.None or IntentNames.Greeting || intent == IntentNames.Help && Carries(message))
            && GuidedTopicDialog.CandidateTopic(message.Utterance, message, message.Age) is { } candidate)
        {
            intent = candidate.Intent;
        }

        if (_topicDialogIds.TryGetValue(intent, out var topicDialogId))
        {
            data.Profile = data.Profile.ForNewTopic(intent);
            return await step.BeginDialogAsync(topicDialogId, intent, cancellationToken);
        }

        // A greeting or a call for help that carries an age, a person or a place: the engine keeps them and asks the topic.
        if (freeText && intent is IntentNames.Greeting or IntentNames.Help && Carries(message))
        {
            return await step.BeginDialogAsync(nameof(GuidedTopicDialog), null, cancellationToken);
        }

        switch (intent)
        {
            case IntentNames.Handoff:
                return await step.BeginDialogAsync(nameof(HandoffDialog), null, cancellationToken);
            case IntentNames.Help:
                await turnContext.SendActivityAsync(MessageFactory.Text(MainTexts.Help.In(register)), cancellationToken);
                return await step.ReplaceDialogAsync(FlowDialogId, new MainOptions(), cancellationToken);
            case IntentNames.Greeting:
                await turnContext.SendActivityAsync(MessageFactory.Text(MainTexts.Greeting.In(register)), cancellationToken);
                return await step.ReplaceDialogAsync(FlowDialogId, new MainOptions(), cancellationToken);
            case IntentNames.Goodbye:
                await turnContext.SendActivityAsync(MessageFactory.Text(MainTexts.Goodbye.In(register)), cancellationToken);
                data.Profile = new SearchProfile();
                return await step.EndDialogAsync(null, cancellationToken);
        }

        // Someone to look for, an age, a place or an interest, but no topic yet: the engine keeps it and asks the topic.
        if (Carries(message))
        {
            return await step.BeginDialogAsync(nameof(GuidedTopicDialog), null, cancellationToken);
        }

        // Nothing guided fits: an FAQ may answer it directly; otherwise say so and show the menu again.
        var text = turnContext.Activity.Text;
        if (!string.IsNullOrWhiteSpace(text) && await _lookup.FindFaqAsync(turnContext, text, cancellationToken) is { } faq)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(faq.Answer), cancellationToken);
            return await step.NextAsync(null, cancellationToken);
        }

        PromptRetries.MarkRetried(turnContext);
        return await step.ReplaceDialogAsync(FlowDialogId, new MainOptions { Menu = MenuQuestion.NotUnderstood }, cancellationToken);
    }

    private async Task<DialogTurnResult> FinalStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => await step.ReplaceDialogAsync(FlowDialogId, new MainOptions { Menu = MenuQuestion.AnythingElse }, cancellationToken);

    /// <summary>Whether a message carries something a slot takes: a person, an age, a place or an interest.</summary>
    private static bool Carries(MessageReading message)
        => message.ForWhom is not null || message.Age is not null || message.District is not null || message.Categories.Count > 0;

    /// <summary>A clicked menu button first, then a clear one-word command, then the recognizer's intent.</summary>
    private static string ResolveIntent(ITurnContext turnContext)
    {
        var utterance = TurnUtterance.Get(turnContext);
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return IntentNames.None;
        }

        text = MessageReader.WithoutEmoji(text);
        var normalized = ChoiceMatcher.Normalize(text);
        var menuChoice = ChoiceMatcher.FindBest(text, TopicChoices(DialogLocale.IsEnglish(turnContext)));
        if (menuChoice is { Score: >= 0.9 } && normalized.Split(' ').Length <= 4)
        {
            return menuChoice.Value;
        }

        if (InterruptionWords.AsksForHuman(normalized))
        {
            return IntentNames.Handoff;
        }

        if (InterruptionWords.IsHelp(normalized))
        {
            return IntentNames.Help;
        }

        if (utterance.TopScore >= RouteThreshold)
        {
            return utterance.TopIntent;
        }

        return menuChoice is { Score: >= 0.7 } ? menuChoice.Value : IntentNames.None;
    }
}
