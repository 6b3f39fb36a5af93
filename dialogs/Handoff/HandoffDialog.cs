using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using TrierBot.Dialogs.Conversations;
using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.Knowledge;
using TrierBot.Dialogs.State;

namespace TrierBot.Dialogs.Handoff;

/// <summary>
/// The single start of "talk to a human": sends the Bot Framework's <c>handoff.initiate</c> event (summary +
/// transcript), tells the user what happens next and shows the counselling contacts. The hand-off queue
/// and console build on the event; override <see cref="OnHandoffInitiatedAsync"/> to extend the flow.
/// </summary>
public class HandoffDialog(TrierStateAccessors accessors, OfferPresenter presenter, ITranscriptStore transcripts, IOptions<TrierDialogOptions> dialogOptions)
    : Dialog(nameof(HandoffDialog))
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var turnContext = dc.Context;
        var data = await accessors.GetDataAsync(turnContext, cancellationToken);
        var summary = SummaryOf(data, StateValue.As<string>(options) ?? "user");
        summary.Register = GuidedTopicDialog.RegisterOf(turnContext, data) switch { Texts.Register.Sie => "Sie", Texts.Register.English => "en", _ => "du" };
        var history = await ConversationHistory.RecentAsync(transcripts, turnContext, dialogOptions.Value.TranscriptLength, cancellationToken);
        var handoff = EventFactory.CreateHandoffInitiation(turnContext, summary, history);
        await turnContext.SendActivityAsync(handoff, cancellationToken);
        return await OnHandoffInitiatedAsync(dc, data, summary, cancellationToken);
    }

    /// <summary>Tells the user what happens next and how to reach counselling directly, then ends.</summary>
    protected virtual async Task<DialogTurnResult> OnHandoffInitiatedAsync(DialogContext dc, ConversationData data, HandoffSummary summary, CancellationToken cancellationToken)
    {
        var register = GuidedTopicDialog.RegisterOf(dc.Context, data);
        await dc.Context.SendActivityAsync(MessageFactory.Text(HandoffTexts.WhatHappensNext.In(register)), cancellationToken);
        // The topic's own office (the literacy path: the anonymous phone line), else general counselling.
        var officeTopic = TopicCatalog.Find(data.Profile.Topic)?.OfficeTopic(data.Profile) ?? HandoffTexts.GeneralCounselling;
        await presenter.ShowOfficeAsync(dc.Context, officeTopic, HandoffTexts.DirectContact.In(register), cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    public static HandoffSummary SummaryOf(ConversationData data, string reason) => new()
    {
        Topic = data.Profile.Topic,
        Team = TopicCatalog.Find(data.Profile.Topic)?.HandoffTeam,
        Age = data.Profile.Age,
        District = data.Profile.District is SearchProfile.Any ? null : data.Profile.District,
        Searched = data.Profile.LastSearch?.Text,
        Language = data.Language,
        Reason = reason,
    };
}
