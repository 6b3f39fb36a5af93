using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace TrierBot.Dialogs.Framework;

/// <summary>What a prompt asks, what it says when the answer did not fit, and the choices it offers.</summary>
public sealed class PromptOptions
{
    [JsonConverter(typeof(CompactActivityConverter))]
    public Activity? Prompt { get; set; }

    [JsonConverter(typeof(CompactActivityConverter))]
    public Activity? RetryPrompt { get; set; }

    public List<Choice>? Choices { get; set; }

    /// <summary>Extra data for the validator (e.g. an allowed range).</summary>
    public object? Validations { get; set; }
}
