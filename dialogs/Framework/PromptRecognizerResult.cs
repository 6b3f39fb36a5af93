namespace TrierBot.Dialogs.Framework;

/// <summary>What a prompt recognized in the user's answer.</summary>
public sealed class PromptRecognizerResult<T>
{
    public bool Succeeded { get; set; }

    public T? Value { get; set; }
}
