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
            // Our WhatsApp adapter: up to 3 reply buttons, up to 10 list rows, more as numbered text it maps back itself.
            "whatsapp" => true,
            _ => false,
        };
    }
}
