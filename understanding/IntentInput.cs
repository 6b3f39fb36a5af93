namespace TrierBot.Understanding;

/// <summary>ML.NET input row: the normalized message and, when training, its intent.</summary>
internal sealed class IntentInput
{
    public string Text { get; set; } = "";

    public string Intent { get; set; } = "";
}
