using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;

namespace TrierBot.Channels.WhatsApp;

/// <summary>
/// How a bot message looks in WhatsApp. Up to 3 choices with short titles become reply buttons, up to 10
/// a list, more a numbered text the user answers with a digit (see <see cref="NumberedChoiceStore"/>).
/// Cards become one message each, with their buttons the same way. Limits from the Cloud API reference:
/// text 4096, interactive body 1024, button title 20, row title 24, row description 72.
/// </summary>
public sealed class WhatsAppRenderer
{
    public const int MaxTextLength = 4096;
    public const int MaxBodyLength = 1024;
    public const int MaxButtons = 3;
    public const int MaxButtonTitle = 20;
    public const int MaxRows = 10;
    public const int MaxRowTitle = 24;
    public const int MaxRowDescription = 72;
    public const int MaxPayloadBytes = 200;

    private readonly CardActionStore _actions;

    public WhatsAppRenderer(CardActionStore actions) => _actions = actions;

    public WhatsAppRendering Render(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var english = activity.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
        var messages = new List<JsonObject>();
        var cards = (activity.Attachments ?? []).Select(a => MessengerCard.TryRead(a, out var c) ? c : null).OfType<MessengerCard>().ToList();
        var suggestions = activity.SuggestedActions?.Actions?.Where(IsReplyButton).ToList() ?? [];

        // Short text and choices travel together, as in Web Chat; otherwise the text goes first on its own.
        var text = activity.Text?.Trim();
        string? choiceBody = null;
        if (suggestions.Count > 0 && cards.Count == 0 && !string.IsNullOrEmpty(text) && text.Length <= MaxBodyLength)
        {
            choiceBody = text;
            text = null;
        }

        messages.AddRange(TextMessages(text));
        foreach (var card in cards)
        {
            var buttons = card.Buttons.Where(IsReplyButton).ToList();
            var links = card.Buttons.Where(b => b.Type == ActionTypes.OpenUrl).Select(b => $"{b.Title}: {b.Value}");
            var body = string.Join("\n\n", new[] { card.Body }.Concat(links).Where(s => !string.IsNullOrWhiteSpace(s)));
            if (buttons.Count == 0)
            {
                messages.AddRange(TextMessages(body));
            }
            else
            {
                messages.Add(Choices(Truncate(body.Length > 0 ? body : "…", MaxBodyLength), buttons.Take(MaxRows).ToList(), english));
            }
        }

        if (suggestions.Count == 0)
        {
            return new WhatsAppRendering(messages, null);
        }

        choiceBody ??= english ? "Please choose:" : "Bitte wähle:";
        if (suggestions.Count <= MaxRows)
        {
            messages.Add(Choices(choiceBody, suggestions, english));
            return new WhatsAppRendering(messages, null);
        }

        // Too many for a list: a numbered text; the reply digit is mapped back to the choice's value.
        var numbered = new StringBuilder(choiceBody).Append("\n\n");
        for (var i = 0; i < suggestions.Count; i++)
        {
            numbered.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(TitleOf(suggestions[i])).Append('\n');
        }

        numbered.Append('\n').Append(english ? "Just reply with the number, e.g. 1." : "Schreib einfach die Nummer, zum Beispiel 1.");
        messages.AddRange(TextMessages(numbered.ToString()));
        return new WhatsAppRendering(messages, suggestions.Select(a => _actions.ToPayload(a, MaxPayloadBytes)).ToList());
    }

    private JsonObject Choices(string body, IReadOnlyList<CardAction> actions, bool english)
    {
        if (actions.Count <= MaxButtons && actions.All(a => TitleOf(a).Length <= MaxButtonTitle))
        {
            var buttons = new JsonArray();
            foreach (var action in actions)
            {
                buttons.Add(new JsonObject
                {
                    ["type"] = "reply",
                    ["reply"] = new JsonObject { ["id"] = _actions.ToPayload(action, MaxPayloadBytes), ["title"] = TitleOf(action) },
                });
            }

            return Interactive("button", body, new JsonObject { ["buttons"] = buttons });
        }

        var rows = new JsonArray();
        foreach (var action in actions)
        {
            var title = TitleOf(action);
            var row = new JsonObject { ["id"] = _actions.ToPayload(action, MaxPayloadBytes), ["title"] = Truncate(title, MaxRowTitle) };
            if (title.Length > MaxRowTitle)
            {
                // The row title is cut; the description shows the whole choice.
                row["description"] = Truncate(title, MaxRowDescription);
            }

            rows.Add(row);
        }

        return Interactive("list", body, new JsonObject
        {
            ["button"] = english ? "Choose" : "Auswählen",
            ["sections"] = new JsonArray(new JsonObject { ["rows"] = rows }),
        });
    }

    private static JsonObject Interactive(string type, string body, JsonObject action) => new()
    {
        ["type"] = "interactive",
        ["interactive"] = new JsonObject
        {
            ["type"] = type,
            ["body"] = new JsonObject { ["text"] = body },
            ["action"] = action,
        },
    };

    private static IEnumerable<JsonObject> TextMessages(string? text)
        => TextChunker.Split(text, MaxTextLength).Select(chunk => new JsonObject
        {
            ["type"] = "text",
            ["text"] = new JsonObject { ["preview_url"] = false, ["body"] = chunk },
        });

    private static string TitleOf(CardAction action)
        => (action.Title ?? action.Text ?? action.Value?.ToString() ?? "…").Trim();

    private static string Truncate(string text, int max)
        => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    private static bool IsReplyButton(CardAction action)
        => action.Type is null or ActionTypes.ImBack or ActionTypes.PostBack or ActionTypes.MessageBack;
}
