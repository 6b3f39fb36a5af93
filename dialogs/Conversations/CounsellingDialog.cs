using Microsoft.Bot.Builder;
using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.Knowledge;
using TrierBot.Dialogs.State;
using TrierBot.Knowledge;

namespace TrierBot.Dialogs.Conversations;

/// <summary>
/// Bildungsberatung: a question the FAQ answers is answered directly; Weiterbildung, Umschulung, Anerkennung
/// and Förderung lead to the right counselling office with opening hours and contact.
/// </summary>
public sealed class CounsellingDialog : ComponentDialog
{
    private const string FlowDialogId = "CounsellingDialog.Flow";
    private const string ChoicePromptId = "CounsellingDialog.Choice";

    private readonly TrierStateAccessors _accessors;
    private readonly OfferPresenter _presenter;
    private readonly KnowledgeLookup _lookup;

    public CounsellingDialog(TrierStateAccessors accessors, OfferPresenter presenter, KnowledgeLookup lookup)
        : base(nameof(CounsellingDialog))
    {
        _accessors = accessors;
        _presenter = presenter;
        _lookup = lookup;
        AddDialog(new WaterfallDialog(FlowDialogId, [AnswerOrAskSubjectStepAsync, ShowOfficeStepAsync]));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        InitialDialogId = FlowDialogId;
    }

    private async Task<DialogTurnResult> AnswerOrAskSubjectStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = (await _accessors.GetDataAsync(step.Context, cancellationToken)).Profile;
        if (profile.Subject is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        // A real question ("Wer bezahlt eine Umschulung?") may have a ready answer.
        var text = step.Context.Activity.Text;
        if (IsQuestion(text) && await _lookup.FindFaqAsync(step.Context, text!, cancellationToken) is { } faq)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(faq.Answer), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var english = DialogLocale.IsEnglish(step.Context);
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(CounsellingTexts.AskSubject.In(english)),
            RetryPrompt = MessageFactory.Text(CounsellingTexts.RetrySubject.In(english)),
            Choices =
            [
                new(Categories.Weiterbildung, CounsellingTexts.FurtherTraining.In(english), "fortbildung", "weiterbilden", "further training", "training", "course"),
                new(Categories.Umschulung, CounsellingTexts.Retraining.In(english), "umschulen", "neuer beruf", "beruf wechseln", "retraining", "new job"),
                new(Categories.Anerkennung, CounsellingTexts.Recognition.In(english), "anerkennung", "abschluss anerkennen", "zeugnis", "ausland", "recognition", "foreign degree", "qualification"),
                new(Categories.Foerderung, CounsellingTexts.Funding.In(english), "foerderung", "geld", "bildungsgutschein", "finanzierung", "bafoeg", "funding", "voucher", "money"),
                new(CounsellingTexts.Other, CounsellingTexts.SomethingElse.In(english), "anderes", "sonstiges", "other", "something else"),
            ],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowOfficeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = (await _accessors.GetDataAsync(step.Context, cancellationToken)).Profile;
        if (profile.Subject is null && step.Result is FoundChoice subject)
        {
            profile.Subject = subject.Value;
            profile.MarkAnswered(ProfileSlots.Subject);
        }

        var english = DialogLocale.IsEnglish(step.Context);
        var topic = profile.Subject is null or CounsellingTexts.Other ? CounsellingTexts.GeneralOffice : profile.Subject;
        profile.LastSearch = new SavedSearch { Text = topic, Sources = [KnowledgeSources.Beratung] };
        await _presenter.ShowOfficeAsync(step.Context, topic, CounsellingTexts.OfficeIntro.In(english), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static bool IsQuestion(string? text)
        => !string.IsNullOrWhiteSpace(text) && (text.Contains('?') || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4);
}
