using LiteDB;
using TrierBot.Dialogs.Monitoring;

namespace TrierBot.Monitoring;

/// <summary>The demand counts in their own LiteDB file (<c>Monitoring:DatabasePath</c>), shared mode so the CLI can export or fill demo data while the bot runs.</summary>
public sealed class LiteDbDemandStore : IDemandStore, IDisposable
{
    private const string CollectionName = "demand";

    private readonly LiteDatabase _database;
    private readonly ILiteCollection<StoredDemand> _counts;

    public LiteDbDemandStore(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var full = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Own mapper: the global one is shared by every LiteDB file of the process.
        _database = new LiteDatabase(new ConnectionString { Filename = full, Connection = ConnectionType.Shared }, new BsonMapper());
        _counts = _database.GetCollection<StoredDemand>(CollectionName);
    }

    public void Apply(IReadOnlyList<DemandChange> changes)
    {
        if (changes.Count == 0) return;
        _database.BeginTrans();
        try
        {
            foreach (var change in changes)
            {
                var key = change.Record.Key;
                var stored = _counts.FindById(key) ?? ToStored(change.Record);
                stored.Count = Math.Max(0, stored.Count + change.Delta);
                if (stored.Count == 0) _counts.Delete(key);
                else _counts.Upsert(stored);
            }

            _database.Commit();
        }
        catch
        {
            _database.Rollback();
            throw;
        }
    }

    public IReadOnlyList<DemandCount> Read(string? fromMonth = null, string? toMonth = null)
    {
        // Counts, not searches: even years of them are few thousand documents, filtered here.
        return [.. _counts.FindAll()
            .Where(d => (fromMonth is null || string.CompareOrdinal(d.Month, fromMonth) >= 0) && (toMonth is null || string.CompareOrdinal(d.Month, toMonth) <= 0))
            .Select(d => new DemandCount(ToRecord(d), d.Count))];
    }

    public int RemoveDemo() => _counts.DeleteMany(d => d.Demo);

    public void Dispose() => _database.Dispose();

    private static StoredDemand ToStored(DemandRecord r) => new()
    {
        Id = r.Key, Month = r.Month, Topic = r.Topic, AgeBand = r.AgeBand, District = r.District, TimeWishes = [.. r.TimeWishes], Categories = [.. r.Categories],
        Found = r.Found, Handoff = r.Handoff, Language = r.Language, Channel = r.Channel, Demo = r.Demo,
    };

    private static DemandRecord ToRecord(StoredDemand d) => new()
    {
        Month = d.Month, Topic = d.Topic, AgeBand = d.AgeBand, District = d.District, TimeWishes = d.TimeWishes, Categories = d.Categories,
        Found = d.Found, Handoff = d.Handoff, Language = d.Language, Channel = d.Channel, Demo = d.Demo,
    };
}
