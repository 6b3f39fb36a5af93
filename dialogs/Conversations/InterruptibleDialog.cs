using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.Knowledge;
using TrierBot.Dialogs.State;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Conversations;

/// <summary>
/// The one place for interruptions (CoreBot's CancelAndHelpDialog): card clicks, resume-or-restart after a
/// long silence, insults, cancel/restart, back, help, "I want a human", a change of topic mid-dialog, and a
/// human offered after two failed understandings in a row. Everything else goes to the active dialog.
/// </summary>
public abstract class InterruptibleDialog(string id, TrierStateAccessors accessors, OfferPresenter presenter) : ComponentDialog(id)
{
    /// <summary>Help, cancel and hand-off intents below this score are left to the active dialog.</summary>
    public const double InterruptionThreshold = 0.6;

    /// <summary>Failed understandings in a row after which a human is offered.</summary>
    public const int FailuresBeforeHumanOffer = 2;

    protected TrierStateAccessors Accessors { get; } = accessors;

    protected OfferPresenter Presenter { get; } = presenter;

    /// <summary>Guided topic dialogs by intent name: a change of topic switches between them.</summary>
    protected abstract IReadOnlyDictionary<string, string> TopicDialogIds { get; }

    /// <summary>Starts over after every dialog was cancelled.</summary>
    protected abstract Task<DialogTurnResult> RestartAsync(DialogContext innerDc, MainOptions options, CancellationToken cancellationToken);

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var turnContext = innerDc.Context;
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        var data = await Accessors.GetDataAsync(turnContext, cancellationToken);
        var interrupted = await InterruptAsync(innerDc, data, cancellationToken);
        if (interrupted is not null)
        {
            return interrupted;
        }

        var result = await base.OnContinueDialogAsync(innerDc, cancellationToken);
        await CountUnderstandingAsync(turnContext, data, cancellationToken);
        return result;
    }

    private async Task<DialogTurnResult?> InterruptAsync(DialogContext innerDc, ConversationData data, CancellationToken cancellationToken)
    {
        var turnContext = innerDc.Context;
        var english = DialogLocale.IsEnglish(turnContext);

        if (CardActions.Read(turnContext.Activity) is { } click)
        {
            await AnswerCardClickAsync(turnContext, data, click.Action, click.Id, cancellationToken);
            return EndOfTurn;
        }

        var utterance = TurnUtterance.Get(turnContext);
        var normalized = ChoiceMatcher.Normalize(MessageReader.WithoutEmoji(utterance.Text));
        if (data.AwaitingResumeAnswer)
        {
            return await AnswerResumeQuestionAsync(innerDc, data, normalized, english, cancellationToken);
        }

        if (LongSilence.WasSilent(turnContext) && ActiveTopicDialogId(innerDc) is not null)
        {
            data.AwaitingResumeAnswer = true;
            await SendAsync(turnContext, ChoiceRenderer.Render(turnContext.Activity.ChannelId, MessageFactory.Text(InterruptionTexts.ResumeOrRestart.In(english)), ResumeChoices(english)), cancellationToken);
            return EndOfTurn;
        }

        if (InterruptionWords.IsInsult(normalized))
        {
            await SendAsync(turnContext, MessageFactory.Text(InterruptionTexts.CalmAnswer.In(english)), cancellationToken);
            return await StartOverAsync(innerDc, data, new MainOptions(), cancellationToken);
        }

        if (InterruptionWords.IsBack(normalized))
        {
            return await GoBackAsync(innerDc, data, english, cancellationToken);
        }

        if (InterruptionWords.IsCancel(normalized) || IsClear(utterance, IntentNames.Cancel))
        {
            await SendAsync(turnContext, MessageFactory.Text(InterruptionTexts.Restarted.In(english)), cancellationToken);
            return await StartOverAsync(innerDc, data, new MainOptions(), cancellationToken);
        }

        if (InterruptionWords.IsHelp(normalized) || IsClear(utterance, IntentNames.Help))
        {
            await SendAsync(turnContext, MessageFactory.Text(MainTexts.Help.In(GuidedTopicDialog.RegisterOf(turnContext, data))), cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        // "lieber anrufen", "ja telefon": the guided topic gives the phone number instead of the chat queue.
        // "vielleicht was mit Menschen" is a wish, not a call for a person.
        // A question on the way ("kostet das pro Person etwas?") is the guided topic's to answer.
        if (InterruptionWords.AsksForHuman(normalized)
            || IsClear(utterance, IntentNames.Handoff) && MessageReader.Read(turnContext) is { WantsPhone: false, NamesWish: false, Question: null or QuestionKinds.Other })
        {
            data.FailedUnderstandings = 0;
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            return await RestartAsync(innerDc, new MainOptions { StartIntent = IntentNames.Handoff }, cancellationToken);
        }

        // A change of topic is the guided topic engine's to decide: only it knows whether the message answers something.
        return null;
    }

    private async Task AnswerCardClickAsync(ITurnContext turnContext, ConversationData data, string action, string? id, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case CardActions.Details:
                await Presenter.ShowDetailsAsync(turnContext, id, cancellationToken);
                break;
            case CardActions.More:
                await Presenter.ShowMoreAsync(turnContext, data.Profile, cancellationToken);
                break;
        }
    }

    private async Task<DialogTurnResult> AnswerResumeQuestionAsync(DialogContext innerDc, ConversationData data, string normalized, bool english, CancellationToken cancellationToken)
    {
        data.AwaitingResumeAnswer = false;
        var choice = ChoiceMatcher.FindBest(normalized, ResumeChoices(english));
        if (choice?.Value == InterruptionTexts.Restart.De || InterruptionWords.IsCancel(normalized))
        {
            await SendAsync(innerDc.Context, MessageFactory.Text(InterruptionTexts.Restarted.In(english)), cancellationToken);
            return await StartOverAsync(innerDc, data, new MainOptions(), cancellationToken);
        }

        await SendAsync(innerDc.Context, MessageFactory.Text(InterruptionTexts.Continuing.In(english)), cancellationToken);
        await innerDc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    /// <summary>"Zurück": forget the last answer and run the topic again, which asks exactly that again.</summary>
    private async Task<DialogTurnResult> GoBackAsync(DialogContext innerDc, ConversationData data, bool english, CancellationToken cancellationToken)
    {
        var topicDialogId = ActiveTopicDialogId(innerDc);
        if (topicDialogId is null || innerDc.ActiveDialog?.Id != topicDialogId || !data.Profile.ForgetLastAnswer())
        {
            await SendAsync(innerDc.Context, MessageFactory.Text(InterruptionTexts.NothingToGoBackTo.In(english)), cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        await SendAsync(innerDc.Context, MessageFactory.Text(InterruptionTexts.GoingBack.In(english)), cancellationToken);
        return await innerDc.ReplaceDialogAsync(topicDialogId, null, cancellationToken);
    }

    private async Task<DialogTurnResult> StartOverAsync(DialogContext innerDc, ConversationData data, MainOptions options, CancellationToken cancellationToken)
    {
        data.Profile = new SearchProfile();
        data.FailedUnderstandings = 0;
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        return await RestartAsync(innerDc, options, cancellationToken);
    }

    /// <summary>Two answers in a row that no prompt understood: offer a human instead of asking a third time.</summary>
    private static async Task CountUnderstandingAsync(ITurnContext turnContext, ConversationData data, CancellationToken cancellationToken)
    {
        if (!PromptRetries.WasRetried(turnContext))
        {
            data.FailedUnderstandings = 0;
            return;
        }

        data.FailedUnderstandings++;
        if (data.FailedUnderstandings < FailuresBeforeHumanOffer)
        {
            return;
        }

        data.FailedUnderstandings = 0;
        var english = DialogLocale.IsEnglish(turnContext);
        var offer = MessageFactory.Text(CommonTexts.OfferHuman.In(GuidedTopicDialog.RegisterOf(turnContext, data)));
        if (Channel.SupportsSuggestedActions(turnContext.Activity.ChannelId))
        {
            offer.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, MainTexts.TopicHuman.In(english), value: MainTexts.TopicHuman.In(english))] };
        }
        else
        {
        }

        await turnContext.SendActivityAsync(offer, cancellationToken);
    }

    private string? ActiveTopicDialogId(DialogContext innerDc)
        => innerDc.Stack.Select(i => i.Id).FirstOrDefault(TopicDialogIds.Values.Contains);

    /// <summary>The recognizer is sure, and the message carries no answer (an age, a place) that a dialog could use.</summary>
    private static bool IsClear(Utterance utterance, string intent)
        => utterance.TopIntent == intent && utterance.TopScore >= InterruptionThreshold
           && utterance.Entities.Age.Count == 0 && utterance.Entities.District.Count == 0 && utterance.Entities.Topic.Count == 0;

    private static List<Choice> ResumeChoices(bool english)
        => [new Choice(InterruptionTexts.Resume.De, InterruptionTexts.Resume.In(english), "weiter", "continue", "ja", "yes"),
            new Choice(InterruptionTexts.Restart.De, InterruptionTexts.Restart.In(english), "neu", "von vorne", "restart", "new")];

    private static Task SendAsync(ITurnContext turnContext, IActivity activity, CancellationToken cancellationToken)
        => turnContext.SendActivityAsync(activity, cancellationToken);
}
