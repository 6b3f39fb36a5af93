using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TrierBot.Handoff;

/// <summary>
/// How a counsellor appears to the user, so that a person is never mistaken for the bot: their display name, a
/// marker in <c>channelData</c> that the chat page (bot/wwwroot/chat.js) shows with its own avatar and label, and
/// on channels that show no sender names (Telegram, WhatsApp, Azure's channels) a name prefix in the text.
/// </summary>
public static class CounsellorMessages
{
    /// <summary>The <c>channelData.role</c> of a counsellor's activity.</summary>
    public const string Role = "counsellor";

    /// <summary>The channel served by our Direct Line and chat page, which renders the marker itself.</summary>
    public const string WebChatChannel = "directline";

    /// <summary>The account's display name, else the login as a name: "anna.beispiel" → "Anna Beispiel".</summary>
    public static string DisplayName(string login, string? displayName)
    {
        if (!string.IsNullOrWhiteSpace(displayName) && !string.Equals(displayName.Trim(), login.Trim(), StringComparison.Ordinal))
        {
            return displayName.Trim();
        }

        var local = login.Trim().Split('@')[0];
        var parts = local.Split(['.', '_', '-', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => char.ToUpper(p[0], CultureInfo.GetCultureInfo("de-DE")) + p[1..]);
        var name = string.Join(' ', parts);
        return name.Length > 0 ? name : login.Trim();
    }

    /// <summary>A counsellor's message as the user's channel should show it.</summary>
    public static Activity Message(HandoffCase handoffCase, string login, string name, string text)
    {
        var shown = ShowsSender(handoffCase.ChannelId) ? text : $"{name} ({(handoffCase.English ? "Counselling" : "Beratung")}): {text}";
        var message = (Activity)Microsoft.Bot.Builder.MessageFactory.Text(shown);
        Mark(message, login, name);
        return message;
    }

    /// <summary>From the counsellor (role "bot": Web Chat shows suggested actions only from the bot side) and marked as a person.</summary>
    public static void Mark(Activity activity, string login, string name)
    {
        activity.From = new ChannelAccount(id: "counsellor:" + login, name: name, role: RoleTypes.Bot);
        activity.ChannelData = new JObject { ["role"] = Role };
    }

    /// <summary>True for an activity a counsellor sent.</summary>
    public static bool IsFromCounsellor(IActivity activity) =>
        activity.ChannelData is JObject data && (string?)data["role"] == Role;

    private static bool ShowsSender(string channelId) => string.Equals(channelId, WebChatChannel, StringComparison.OrdinalIgnoreCase);
}
