using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TrierBot.Dialogs.Knowledge;

/// <summary>
/// The values card buttons send back (bot-contract.md §3): <c>{"action":"details","id":"retribus:RB-1042"}</c>
/// and <c>{"action":"more"}</c>, so a click is answered without free text.
/// </summary>
public static class CardActions
{
    public const string Details = "details";
    public const string More = "more";

    public static CardAction DetailsButton(string key, string title)
        => new(ActionTypes.MessageBack, title, value: new JObject { ["action"] = Details, ["id"] = key }, displayText: title);

    public static CardAction MoreButton(string title)
        => new(ActionTypes.MessageBack, title, value: new JObject { ["action"] = More }, displayText: title);

    /// <summary>The action and id of a clicked button, or null when the activity carries none.</summary>
    public static (string Action, string? Id)? Read(IActivity activity)
    {
        var value = activity is IMessageActivity message ? message.Value : null;
        var json = value switch
        {
            JObject o => o,
            string s when s.TrimStart().StartsWith('{') => TryParse(s),
            null => null,
            _ => JObject.FromObject(value),
        };
        var action = json?["action"]?.Value<string>();
        return action is null ? null : (action, json?["id"]?.Value<string>());
    }

    private static JObject? TryParse(string json)
    {
        try
        {
            return JObject.Parse(json);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return null;
        }
    }
}
