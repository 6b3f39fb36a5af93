namespace TrierBot.Dialogs.Framework;

/// <summary>The dialog stack, top first, persisted in conversation state so it survives restarts.</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}
