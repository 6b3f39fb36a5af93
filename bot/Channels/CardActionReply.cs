using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TrierBot.Channels;

/// <summary>
/// What a click on a button sends the bot, the way Web Chat does it: imBack and string postBack values come
/// as the message text; object values (e.g. <c>{"action":"details","id":"…"}</c>) come in
/// <see cref="Activity.Value"/> with the button title as text; messageBack carries its own text and value.
/// </summary>
public static class CardActionReply
{
    public static void ApplyTo(CardAction action, Activity message)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(message);
        var stringValue = action.Value switch
        {
            string s => s,
            JValue { Type: JTokenType.String } j => (string?)j,
            _ => null,
        };

        if (action.Type == ActionTypes.MessageBack)
        {
            message.Text = action.Text ?? action.DisplayText ?? action.Title;
            message.Value = action.Value;
            return;
        }

        if (stringValue is not null)
        {
            message.Text = stringValue;
            return;
        }

        message.Text = action.Title ?? action.Text;
        message.Value = action.Value;
    }
}
