using Microsoft.Bot.Builder;
using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.State;

namespace TrierBot.Dialogs.Conversations;

/// <summary>
/// For "weiß nicht": six yes/no questions, one per interest; completes with the interests answered with
/// yes (at most two), or just <see cref="SearchProfile.Any"/> when none was.
/// </summary>
public sealed class InterestQuizDialog : ComponentDialog
{
    public const int MaxInterests = 2;

    private const string FlowDialogId = "InterestQuizDialog.Flow";
    private const string ConfirmPromptId = "InterestQuizDialog.Confirm";
    private const string YesAnswers = "yes";

    public InterestQuizDialog()
        : base(nameof(InterestQuizDialog))
    {
        var steps = new List<WaterfallStep>();
        for (var i = 0; i < InterestQuizTexts.Questions.Count; i++)
        {
            var question = i;
            steps.Add((step, ct) => AskQuestionStepAsync(step, question, ct));
        }

        steps.Add(SummarizeStepAsync);
        AddDialog(new WaterfallDialog(FlowDialogId, steps));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        InitialDialogId = FlowDialogId;
    }

    private static async Task<DialogTurnResult> AskQuestionStepAsync(WaterfallStepContext step, int question, CancellationToken cancellationToken)
    {
        var english = DialogLocale.IsEnglish(step.Context);
        if (question == 0)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(InterestQuizTexts.Intro.In(english)), cancellationToken);
        }
        else
        {
            RecordAnswer(step, question - 1);
        }

        return await step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(InterestQuizTexts.Questions[question].Question.In(english)),
            RetryPrompt = MessageFactory.Text(InterestQuizTexts.Retry.In(english)),
            Choices = ConfirmPrompt.Choices(english),
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> SummarizeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        RecordAnswer(step, InterestQuizTexts.Questions.Count - 1);
        var english = DialogLocale.IsEnglish(step.Context);
        var interests = StateValue.GetOrAdd(step.Values, YesAnswers, () => new List<string>()).Take(MaxInterests).ToList();
        var text = interests.Count == 0
            ? InterestQuizTexts.NoClearResult.In(english)
            : InterestQuizTexts.Result.Format(english, string.Join(english ? " or " : " oder ", interests));
        await step.Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
        return await step.EndDialogAsync(interests.Count == 0 ? new List<string> { SearchProfile.Any } : interests, cancellationToken);
    }

    private static void RecordAnswer(WaterfallStepContext step, int question)
    {
        if (step.Result is true)
        {
            StateValue.GetOrAdd(step.Values, YesAnswers, () => new List<string>()).Add(InterestQuizTexts.Questions[question].Category);
        }
    }
}
