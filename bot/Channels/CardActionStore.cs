using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using LiteDB;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TrierBot.Privacy;

namespace TrierBot.Channels;

/// <summary>
/// Turns a button's <see cref="CardAction"/> into a short payload a messenger carries back on a click
/// (Telegram callback_data ≤ 64 bytes, WhatsApp reply ids ≤ 200 characters), and back. Short string values
/// travel inline (<c>v:…</c>); anything else is stored under a content hash (<c>a:…</c>), so the same button
/// sent twice is stored once and old buttons keep working after a restart. It keeps the bot's own buttons
/// (offer ids, choice values), shared by all conversations and tied to none; retention drops them after
/// <see cref="ChannelsOptions.ButtonLifetime"/>.
/// </summary>
public sealed class CardActionStore : IConversationDataStore
{
    public const string InlinePrefix = "v:";
    public const string StoredPrefix = "a:";
    private const string CollectionName = "card_actions";
    private const string SavedField = "at";
    private const int PruneEveryWrites = 512;
    private const int MaxRemembered = 10_000;

    private readonly ILiteCollection<BsonDocument> _actions;
    private readonly ChannelDatabase _database;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, DateTime> _recentlySaved = new();
    private int _writes;

    public CardActionStore(ChannelDatabase database, IOptions<ChannelsOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _actions = database.Database.GetCollection(CollectionName);
        _actions.EnsureIndex(SavedField);
        _lifetime = options.Value.ButtonLifetime;
        _time = time;
    }

    /// <summary>The payload for a button, at most <paramref name="maxBytes"/> UTF-8 bytes long.</summary>
    public string ToPayload(CardAction action, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (IsPlainChoice(action, out var text))
        {
            var inline = InlinePrefix + text;
            if (Encoding.UTF8.GetByteCount(inline) <= maxBytes)
            {
                return inline;
            }
        }

        var valueJson = action.Value is null ? null : JsonConvert.SerializeObject(action.Value);
        var key = StoredPrefix + Key(action, valueJson);
        var now = _time.GetUtcNow().UtcDateTime;

        // The same buttons ("Details" of a popular offer) are sent again and again: write each only now and
        // then (a disk write costs far more than the rest of the rendering), refreshing well before pruning.
        if (_recentlySaved.TryGetValue(key, out var savedAt) && savedAt > now - _lifetime / 2)
        {
            return key;
        }

        _actions.Upsert(new BsonDocument
        {
            ["_id"] = key,
            ["type"] = action.Type ?? ActionTypes.ImBack,
            ["title"] = action.Title,
            ["text"] = action.Text,
            ["displayText"] = action.DisplayText,
            ["value"] = valueJson,
            [SavedField] = now,
        });
        if (_recentlySaved.Count >= MaxRemembered)
        {
            _recentlySaved.Clear();
        }

        _recentlySaved[key] = now;
        if (Interlocked.Increment(ref _writes) % PruneEveryWrites == 0)
        {
            _actions.DeleteMany(Query.LT(SavedField, now - _lifetime));
        }

        return key;
    }

    /// <summary>The action behind a payload, or null when it is unknown (forged, or older than the lifetime).</summary>
    public CardAction? Resolve(string? payload)
    {
        if (string.IsNullOrEmpty(payload))
        {
            return null;
        }

        if (payload.StartsWith(InlinePrefix, StringComparison.Ordinal))
        {
            var value = payload[InlinePrefix.Length..];
            return new CardAction(ActionTypes.ImBack, title: value, value: value);
        }

        if (!payload.StartsWith(StoredPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var document = _actions.FindById(payload);
        if (document is null)
        {
            return null;
        }

        var json = document["value"].IsNull ? null : document["value"].AsString;
        return new CardAction(
            type: document["type"].AsString,
            title: document["title"].IsNull ? null : document["title"].AsString,
            text: document["text"].IsNull ? null : document["text"].AsString,
            displayText: document["displayText"].IsNull ? null : document["displayText"].AsString,
            value: json is null ? null : FromJson(json));
    }

    /// <summary>Nothing to erase per conversation: the buttons are the bot's, content-hashed and shared.</summary>
    public Task EraseAsync(ErasedConversation conversation, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<int> EraseExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var deleted = _actions.DeleteMany(Query.LT(SavedField, nowUtc - _lifetime));
        if (deleted > 0)
        {
            _recentlySaved.Clear();
            _database.Database.Checkpoint();
        }

        return Task.FromResult(deleted);
    }

    // Only a click that becomes plain text (imBack, postBack with a string) can travel inline.
    private static bool IsPlainChoice(CardAction action, out string text)
    {
        text = string.Empty;
        var type = action.Type ?? ActionTypes.ImBack;
        if (type is not (ActionTypes.ImBack or ActionTypes.PostBack))
        {
            return false;
        }

        if (action.Value is string s)
        {
            text = s;
        }
        else if (action.Value is JValue { Type: JTokenType.String } j)
        {
            text = (string)j!;
        }
        else
        {
            return false;
        }

        return text.Length > 0;
    }

    private static object? FromJson(string json)
    {
        var token = JToken.Parse(json);
        return token is JValue { Type: JTokenType.String } ? (string?)token : token;
    }

    private static string Key(CardAction action, string? valueJson)
    {
        var material = string.Join('\u001f', action.Type, action.Title, action.Text, action.DisplayText, valueJson);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(material));
        return Convert.ToBase64String(hash, 0, 12).Replace('+', '-').Replace('/', '_');
    }
}
