using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TrierBot.Dialogs.Framework;

/// <summary>Shows choices as suggested actions where the channel has buttons, as a numbered list where it has not.</summary>
public static class ChoiceRenderer
{
    public static Activity Render(string? channelId, Activity prompt, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        if (choices.Count == 0)
        {
            return prompt;
        }

        // Work on a copy: the prompt in dialog state must stay as it was for reprompts.
        var activity = MessageFactory.Text(prompt.Text);
        activity.Attachments = prompt.Attachments;
        activity.InputHint = InputHints.ExpectingInput;
        if (Channel.SupportsSuggestedActions(channelId, choices.Count))
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. choices.Select(c => new CardAction(ActionTypes.ImBack, c.DisplayTitle, value: c.DisplayTitle))],
            };
            return activity;
        }

        var lines = choices.Select((c, i) => $"{i + 1}. {c.DisplayTitle}");
        activity.Text = $"{prompt.Text}\n\n{string.Join("\n", lines)}";
        return activity;
    }
}
