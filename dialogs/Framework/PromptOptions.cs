using Microsoft.Bot.Schema;

namespace TrierBot.Dialogs.Framework;

/// <summary>What a prompt asks, what it says when the answer did not fit, and the choices it offers.</summary>
public sealed class PromptOptions
{
    public Activity? Prompt { get; set; }

    public Activity? RetryPrompt { get; set; }

    public List<Choice>? Choices { get; set; }

    /// <summary>Extra data for the validator (e.g. an allowed range).</summary>
    public object? Validations { get; set; }
}
