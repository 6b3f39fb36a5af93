namespace TrierBot.Dialogs.Framework;

/// <summary>What a channel can show (the Bot Framework's table, for the channels we meet).</summary>
public static class Channel
{
    /// <summary>True when the channel shows <paramref name="buttonCount"/> suggested actions as buttons.</summary>
    public static bool SupportsSuggestedActions(string? channelId, int buttonCount = 100)
    {
        return channelId switch
        {
            "facebook" or "skype" => buttonCount <= 10,
            "line" => buttonCount <= 13,
            "kik" => buttonCount <= 20,
            "telegram" or "emulator" or "directline" or "webchat" or "directlinespeech" => buttonCount <= 100,
            _ => false,
        };
    }
}
