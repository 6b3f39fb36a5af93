namespace TrierBot.Dialogs.Conversations;

/// <summary>How the main dialog starts (serialized into dialog state: plain get/set).</summary>
public sealed class MainOptions
{
    /// <summary>Route the current message (free text) instead of asking what the user wants.</summary>
    public bool RouteMessage { get; set; }

    /// <summary>Start this intent right away (e.g. the hand-off after an interruption).</summary>
    public string? StartIntent { get; set; }

    /// <summary>Which menu question to ask: <see cref="MenuQuestion"/> values.</summary>
    public string Menu { get; set; } = MenuQuestion.AskTopic;
}
