using Microsoft.Bot.Builder;
using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.Knowledge;
using TrierBot.Dialogs.State;
using TrierBot.Knowledge;

namespace TrierBot.Dialogs.Conversations;

/// <summary>
/// Lesen, Schreiben, Rechnen (Grundbildung), in einfacher Sprache. Anonymous — it never asks for a name — and
/// the first answer says that help is free, confidential and nothing to be ashamed of. Works for learners
/// and for people asking for someone else; finds courses and Lerncafés and offers a phone call instead of typing.
/// </summary>
public sealed class LiteracyDialog : ComponentDialog
{
    private const string FlowDialogId = "LiteracyDialog.Flow";
    private const string ChoicePromptId = "LiteracyDialog.Choice";
    private const string ConfirmPromptId = "LiteracyDialog.Confirm";
    private const string ForMe = "me";
    private const string ForOther = "other";

    private readonly TrierStateAccessors _accessors;
    private readonly OfferPresenter _presenter;
    private readonly KnowledgeLookup _lookup;

    public LiteracyDialog(TrierStateAccessors accessors, OfferPresenter presenter, KnowledgeLookup lookup)
        : base(nameof(LiteracyDialog))
    {
        _accessors = accessors;
        _presenter = presenter;
        _lookup = lookup;
        AddDialog(new WaterfallDialog(FlowDialogId, [AskForWhomStepAsync, AskSubjectStepAsync, ShowOffersStepAsync, PhoneStepAsync]));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        InitialDialogId = FlowDialogId;
    }

    private async Task<DialogTurnResult> AskForWhomStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var english = DialogLocale.IsEnglish(step.Context);
        var profile = await ProfileAsync(step, cancellationToken);
        await step.Context.SendActivityAsync(MessageFactory.Text(LiteracyTexts.Reassurance.In(english)), cancellationToken);
        if (profile.ForSomeoneElse is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(LiteracyTexts.AskForWhom.In(english)),
            RetryPrompt = MessageFactory.Text(LiteracyTexts.RetryForWhom.In(english)),
            Choices =
            [
                new(ForMe, LiteracyTexts.ForMe.In(english), "mich", "mir", "ich", "selbst", "ich selbst", "me", "myself"),
                new(ForOther, LiteracyTexts.ForSomeoneElse.In(english), "andere", "andere person", "jemand", "mutter", "vater", "kollege", "kollegin", "klient", "klientin", "freund", "someone", "other", "someone else"),
            ],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskSubjectStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var english = DialogLocale.IsEnglish(step.Context);
        var profile = await ProfileAsync(step, cancellationToken);
        if (profile.ForSomeoneElse is null && step.Result is FoundChoice forWhom)
        {
            profile.ForSomeoneElse = forWhom.Value == ForOther;
            profile.MarkAnswered(ProfileSlots.ForSomeoneElse);
            if (profile.ForSomeoneElse == true)
            {
                await step.Context.SendActivityAsync(MessageFactory.Text(LiteracyTexts.HelpingIsGood.In(english)), cancellationToken);
            }
        }

        if (profile.Subject is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var question = profile.ForSomeoneElse == true ? LiteracyTexts.AskSubjectForOther : LiteracyTexts.AskSubjectForMe;
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(question.In(english)),
            RetryPrompt = MessageFactory.Text(LiteracyTexts.RetrySubject.In(english)),
            Choices =
            [
                new(Categories.Lesen, LiteracyTexts.SubjectReading.In(english), "lesen", "schreiben", "lesen lernen", "schreiben lernen", "deutsch", "reading", "writing"),
                new(Categories.Rechnen, LiteracyTexts.SubjectMaths.In(english), "rechnen", "mathe", "zahlen", "geld", "maths", "math", "numbers"),
                new(Categories.Digitales, LiteracyTexts.SubjectDigital.In(english), "computer", "handy", "smartphone", "internet", "pc", "phone"),
                new(SearchProfile.Any, LiteracyTexts.SubjectAll.In(english), "alles", "alle", "egal", "weiss nicht", "everything", "all"),
            ],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowOffersStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var english = DialogLocale.IsEnglish(step.Context);
        var profile = await ProfileAsync(step, cancellationToken);
        if (profile.Subject is null && step.Result is FoundChoice subject)
        {
            profile.Subject = subject.Value;
            profile.MarkAnswered(ProfileSlots.Subject);
        }

        var words = profile.Subject switch
        {
            Categories.Rechnen => "Rechnen",
            Categories.Digitales => "Computer Handy Digitales",
            SearchProfile.Any or null => "Lesen Schreiben Rechnen Grundbildung",
            _ => "Lesen Schreiben",
        };
        var query = new SearchQuery
        {
            Text = words,
            Sources = [KnowledgeSources.Apag],
            District = profile.District is SearchProfile.Any ? null : profile.District,
            Categories = profile.Subject is { } s && s != SearchProfile.Any ? [s] : [],
        };
        await _presenter.ShowOffersAsync(step.Context, query, profile, LiteracyTexts.OfficeTopic, cancellationToken, formal: true);
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(LiteracyTexts.AskPhone.In(english)),
            RetryPrompt = MessageFactory.Text(LiteracyTexts.RetryPhone.In(english)),
            Choices = ConfirmPrompt.Choices(english),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> PhoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var english = DialogLocale.IsEnglish(step.Context);
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(LiteracyTexts.KeepWriting.In(english)), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var office = await _lookup.FindOfficeAsync(step.Context, LiteracyTexts.OfficeTopic, cancellationToken);
        var lines = new List<string>();
        if (office?.Phone is { Length: > 0 } phone)
        {
            lines.Add(LiteracyTexts.CallUs.Format(english, phone));
            if (office.OpeningHours is { Length: > 0 } hours)
            {
                lines.Add(LiteracyTexts.CallTimes.Format(english, hours));
            }

            if (office.Street is { Length: > 0 } street)
            {
                lines.Add(LiteracyTexts.DropIn.Format(english, street));
            }
        }
        else
        {
            lines.Add(LiteracyTexts.NoPhone.In(english));
        }

        await step.Context.SendActivityAsync(MessageFactory.Text(string.Join("\n", lines)), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task<SearchProfile> ProfileAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => (await _accessors.GetDataAsync(step.Context, cancellationToken)).Profile;
}
