using System.Text.RegularExpressions;
using LiteDB;
using TrierBot.Privacy;

namespace TrierBot.Channels;

/// <summary>
/// Where a messenger cannot show all choices as buttons, they are sent as a numbered list; this remembers the
/// list of the last bot message per conversation so that a reply "2" becomes the second choice. Any later
/// bot message without a numbered list clears it, so an age "16" typed later is never taken for a choice.
/// </summary>
public sealed partial class NumberedChoiceStore : IConversationDataStore
{
    private const string CollectionName = "numbered_choices";
    private readonly ILiteCollection<BsonDocument> _choices;
    private readonly ChannelDatabase _database;

    public NumberedChoiceStore(ChannelDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _choices = database.Database.GetCollection(CollectionName);
    }

    /// <summary>Remembers the payloads (see <see cref="CardActionStore"/>) in the order shown, 1-based.</summary>
    public void Remember(string conversationId, IReadOnlyList<string> payloads)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(payloads);
        _choices.Upsert(new BsonDocument
        {
            ["_id"] = conversationId,
            ["payloads"] = new BsonArray(payloads.Select(p => new BsonValue(p))),
        });
    }

    public void Forget(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        _choices.Delete(conversationId);
    }

    public Task EraseAsync(ErasedConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        Forget(conversation.ConversationId);
        _database.Database.Checkpoint();
        return Task.CompletedTask;
    }

    /// <summary>Nothing expires: each conversation keeps only the list of its last bot message.</summary>
    public Task<int> EraseExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken) => Task.FromResult(0);

    /// <summary>The payload a reply like "2", "2." or " 2 " picks, or null when the text is no such number.</summary>
    public string? Resolve(string conversationId, string? text)
    {
        if (string.IsNullOrEmpty(conversationId) || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = ChoiceNumber().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var document = _choices.FindById(conversationId);
        if (document is null)
        {
            return null;
        }

        var payloads = document["payloads"].AsArray;
        var number = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return number >= 1 && number <= payloads.Count ? payloads[number - 1].AsString : null;
    }

    [GeneratedRegex(@"^\s*(?:nr\.?\s*)?(\d{1,2})\s*[.)]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChoiceNumber();
}
