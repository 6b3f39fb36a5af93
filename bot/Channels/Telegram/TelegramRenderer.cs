using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;

namespace TrierBot.Channels.Telegram;

/// <summary>
/// How a bot message looks in Telegram: text split at 4096 characters, each card as its own message, card
/// buttons and suggested actions as an inline keyboard (one button a row, readable on a phone) whose
/// callback_data is a short payload from <see cref="CardActionStore"/>. Returns <c>sendMessage</c>
/// parameters without <c>chat_id</c>.
/// </summary>
public sealed class TelegramRenderer
{
    public const int MaxTextLength = 4096;
    public const int MaxCallbackDataBytes = 64;
    public const string ChooseText = "Bitte wähle:";
    public const string ChooseTextEnglish = "Please choose:";

    private readonly CardActionStore _actions;

    public TelegramRenderer(CardActionStore actions) => _actions = actions;

    public IReadOnlyList<JsonObject> Render(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var messages = new List<JsonObject>();
        foreach (var chunk in TextChunker.Split(activity.Text, MaxTextLength))
        {
            messages.Add(new JsonObject { ["text"] = chunk });
        }

        foreach (var attachment in activity.Attachments ?? [])
        {
            if (MessengerCard.TryRead(attachment, out var card))
            {
                AddCard(messages, card);
            }
        }

        var suggestions = activity.SuggestedActions?.Actions;
        if (suggestions is { Count: > 0 })
        {
            if (messages.Count == 0)
            {
                messages.Add(new JsonObject { ["text"] = IsEnglish(activity) ? ChooseTextEnglish : ChooseText });
            }

            // A message has one keyboard: suggestions go below the buttons of the last card, if any.
            AddButtons(messages[^1], suggestions.ToList());
        }

        return messages;
    }

    private void AddCard(List<JsonObject> messages, MessengerCard card)
    {
        var body = card.Body;
        var links = card.Buttons.Where(b => !IsReplyButton(b) && !IsWebLink(b)).Select(b => $"{b.Title}: {b.Value}");
        var text = string.Join("\n\n", new[] { body }.Concat(links).Where(s => !string.IsNullOrWhiteSpace(s)));
        var chunks = TextChunker.Split(text.Length > 0 ? text : card.Title ?? "…", MaxTextLength);
        foreach (var chunk in chunks)
        {
            messages.Add(new JsonObject { ["text"] = chunk });
        }

        AddButtons(messages[^1], card.Buttons.Where(b => IsReplyButton(b) || IsWebLink(b)).ToList());
    }

    private void AddButtons(JsonObject message, IReadOnlyCollection<CardAction> actions)
    {
        if (actions.Count == 0)
        {
            return;
        }

        if (message["reply_markup"] is not JsonObject markup)
        {
            markup = new JsonObject { ["inline_keyboard"] = new JsonArray() };
            message["reply_markup"] = markup;
        }

        var rows = (JsonArray)markup["inline_keyboard"]!;
        foreach (var action in actions)
        {
            var label = action.Title ?? action.Text ?? action.Value?.ToString() ?? "…";
            var button = IsWebLink(action)
                ? new JsonObject { ["text"] = label, ["url"] = action.Value!.ToString() }
                : new JsonObject { ["text"] = label, ["callback_data"] = _actions.ToPayload(action, MaxCallbackDataBytes) };
            rows.Add(new JsonArray(button));
        }
    }

    private static bool IsReplyButton(CardAction action)
        => action.Type is null or ActionTypes.ImBack or ActionTypes.PostBack or ActionTypes.MessageBack;

    private static bool IsWebLink(CardAction action)
        => action.Type == ActionTypes.OpenUrl
           && Uri.TryCreate(action.Value?.ToString(), UriKind.Absolute, out var uri)
           && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsEnglish(Activity activity)
        => activity.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
}
