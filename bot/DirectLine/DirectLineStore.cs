using LiteDB;
using Microsoft.Extensions.Options;

namespace TrierBot.DirectLine;

/// <summary>
/// Conversations, their activities and uploaded files in one LiteDB file of our own, so that a page
/// reload resumes with history, also after a host restart. One instance per process (direct connection).
/// </summary>
public sealed class DirectLineStore : IDisposable
{
    private const string SettingsCollection = "settings";
    private const string SigningKeySetting = "tokenSigningKey";

    private readonly LiteDatabase _database;
    private readonly ILiteCollection<StoredConversation> _conversations;
    private readonly ILiteCollection<StoredActivity> _activities;

    public DirectLineStore(IOptions<DirectLineOptions> options)
    {
        var path = Path.GetFullPath(options.Value.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Its own mapper: LiteDB's global one is filled lazily and raced when several hosts start in one process.
        _database = new LiteDatabase($"Filename={path};Connection=direct", new BsonMapper());
        _conversations = _database.GetCollection<StoredConversation>("conversations");
        _activities = _database.GetCollection<StoredActivity>("activities");
        _activities.EnsureIndex(a => a.ConversationId);
        _conversations.EnsureIndex(c => c.LastActivityUtc);
    }

    public StoredConversation? FindConversation(string conversationId) => _conversations.FindById(conversationId);

    public void SaveConversation(StoredConversation conversation) => _conversations.Upsert(conversation);

    /// <summary>Stores activities and conversation stamps in one transaction: one disk flush for the whole batch.</summary>
    public void AddActivities(IEnumerable<StoredActivity> activities, IEnumerable<StoredConversation> conversations)
    {
        _database.BeginTrans();
        try
        {
            _activities.InsertBulk(activities);
            foreach (var conversation in conversations) _conversations.Upsert(conversation);
            _database.Commit();
        }
        catch
        {
            _database.Rollback();
            throw;
        }
    }

    /// <summary>Activities after <paramref name="watermark"/>, in watermark order.</summary>
    public IReadOnlyList<DeliveredActivity> ActivitiesAfter(string conversationId, long watermark) =>
        _activities.Find(a => a.ConversationId == conversationId && a.Watermark > watermark)
            .OrderBy(a => a.Watermark)
            .Select(a => new DeliveredActivity(a.Watermark, a.Json))
            .ToList();

    public string SaveFile(string conversationId, string fileName, Stream content)
    {
        // The id is a capability: unguessable, because browsers load images without our token.
        var fileId = $"{conversationId}_{DirectLineIds.NewId()}";
        _database.FileStorage.Upload(fileId, SafeFileName(fileName), content);
        return fileId;
    }

    public LiteFileInfo<string>? FindFile(string fileId) => _database.FileStorage.FindById(fileId);

    public void DeleteConversation(string conversationId)
    {
        _activities.DeleteMany(a => a.ConversationId == conversationId);
        foreach (var file in _database.FileStorage.Find(f => f.Id.StartsWith(conversationId + "_")).ToList())
        {
            _database.FileStorage.Delete(file.Id);
        }
        _conversations.Delete(conversationId);
    }

    /// <summary>Moves LiteDB's log into the data file, where deleted content is zeroed: erased text is left in neither.</summary>
    public void Checkpoint() => _database.Checkpoint();

    public IReadOnlyList<string> ConversationsIdleSince(DateTime cutoffUtc) =>
        _conversations.Find(c => c.LastActivityUtc < cutoffUtc).Select(c => c.Id).ToList();

    /// <summary>The token signing key, generated on first use so that tokens survive a restart.</summary>
    public byte[] GetOrCreateSigningKey()
    {
        var settings = _database.GetCollection(SettingsCollection);
        var existing = settings.FindById(SigningKeySetting);
        if (existing is not null) return existing["value"].AsBinary;
        var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        settings.Insert(new BsonDocument { ["_id"] = SigningKeySetting, ["value"] = key });
        return key;
    }

    public void Dispose() => _database.Dispose();

    private static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        return string.IsNullOrWhiteSpace(name) ? "datei" : name;
    }
}
