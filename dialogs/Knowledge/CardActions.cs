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

    /// <summary>
    /// The action and id of a clicked button, or null when the activity carries none. Only a JSON object (or a
    /// string holding one) can be a click; a string, number, array, null or an action that is not one of ours is
    /// no click, and the message is read as typed text.
    /// </summary>
    public static (string Action, string? Id)? Read(IActivity activity)
    {
        var json = AsObject(activity is IMessageActivity message ? message.Value : null);
        var action = StringOf(json?["action"]);
        return action is Details or More ? (action, StringOf(json?["id"])) : null;
    }

    private static JObject? AsObject(object? value) => value switch
    {
        JObject o => o,
        string s when s.TrimStart().StartsWith('{') => TryParse(s),
        // JSON's other types: strings, numbers, booleans, arrays, null
        null or string or JToken or IConvertible or System.Collections.IEnumerable => null,
        // a value set in process (a typed button payload)
        _ => JToken.FromObject(value) as JObject,
    };

    private static string? StringOf(JToken? token) =>
        token is JValue { Type: JTokenType.String, Value: string text } ? text : null;

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
