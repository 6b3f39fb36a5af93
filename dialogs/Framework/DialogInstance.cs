namespace TrierBot.Dialogs.Framework;

/// <summary>One entry of the dialog stack: which dialog runs and its persisted state (serialized: plain get/set).</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = "";

    public Dictionary<string, object?> State { get; set; } = [];
}
