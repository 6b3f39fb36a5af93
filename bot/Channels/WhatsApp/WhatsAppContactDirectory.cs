using System.Security.Cryptography;
using LiteDB;
using TrierBot.Privacy;

namespace TrierBot.Channels.WhatsApp;

/// <summary>
/// Gives each WhatsApp number a stable, random Bot Framework id (<c>whatsapp:&lt;random&gt;</c>) and maps it back
/// for sending. A WhatsApp user id is the phone number: kept here, it stays out of bot state, transcripts,
/// the hand-off queue and logs, which all key on the conversation id.
/// </summary>
public sealed class WhatsAppContactDirectory : IConversationDataStore
{
    private const string CollectionName = "whatsapp_contacts";
    private const string NumberField = "waId";
    private readonly ILiteCollection<BsonDocument> _contacts;
    private readonly ChannelDatabase _database;
    private readonly Lock _creating = new();

    public WhatsAppContactDirectory(ChannelDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _contacts = database.Database.GetCollection(CollectionName);
        _contacts.EnsureIndex(NumberField, unique: true);
    }

    /// <summary>The id for a WhatsApp number, created on first contact.</summary>
    public string IdFor(string waId)
    {
        ArgumentException.ThrowIfNullOrEmpty(waId);
        var existing = _contacts.FindOne(Query.EQ(NumberField, waId));
        if (existing is not null)
        {
            return existing["_id"].AsString;
        }

        // Two first messages of one user at once must not create two ids.
        lock (_creating)
        {
            existing = _contacts.FindOne(Query.EQ(NumberField, waId));
            if (existing is not null)
            {
                return existing["_id"].AsString;
            }

            var id = WhatsAppAdapter.IdPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
            _contacts.Insert(new BsonDocument { ["_id"] = id, [NumberField] = waId });
            return id;
        }
    }

    /// <summary>The WhatsApp number behind an id, or null when unknown (or forgotten).</summary>
    public string? NumberFor(string? id)
        => string.IsNullOrEmpty(id) ? null : _contacts.FindById(id)?[NumberField].AsString;

    /// <summary>Forgets a user ("Lösche meine Daten"): later messages from the number start afresh.</summary>
    public bool Forget(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return _contacts.Delete(id);
    }

    /// <summary>Forgets the number behind the conversation and its user (the same id on WhatsApp).</summary>
    public Task EraseAsync(ErasedConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        foreach (var id in new[] { conversation.ConversationId, conversation.UserId }.OfType<string>().Where(id => id.Length > 0).Distinct())
        {
            Forget(id);
        }

        _database.Database.Checkpoint();
        return Task.CompletedTask;
    }

    /// <summary>Nothing expires: the number is needed as long as the person writes.</summary>
    public Task<int> EraseExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken) => Task.FromResult(0);
}
