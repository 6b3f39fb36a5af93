using Newtonsoft.Json;

namespace TrierBot.Dialogs.Framework;

/// <summary>One option of a <see cref="ChoicePrompt"/>: the value it returns, the title shown, other words that pick it.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value, string? title = null, params string[] synonyms)
    {
        Value = value;
        Title = title;
        Synonyms = [.. synonyms];
    }

    public string Value { get; set; } = "";

    /// <summary>What the button or the numbered list shows; the value when empty.</summary>
    public string? Title { get; set; }

    public List<string> Synonyms { get; set; } = [];

    [JsonIgnore]
    public string DisplayTitle => string.IsNullOrEmpty(Title) ? Value : Title;
}
