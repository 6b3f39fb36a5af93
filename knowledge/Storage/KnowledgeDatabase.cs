using System.Globalization;
using LiteDB;
using TrierBot.Knowledge.Model;

namespace TrierBot.Knowledge.Storage;

/// <summary>
/// The LiteDB side of the store: one collection per source and generation (<c>r_&lt;source&gt;_&lt;n&gt;</c>),
/// plus the catalog document pointing at the live ones. Uses its own <see cref="BsonMapper"/> so the shape on
/// disk does not depend on how the caller configured the <see cref="LiteDatabase"/>.
/// </summary>
internal sealed class KnowledgeDatabase(LiteDatabase database)
{
    private const string CatalogCollection = "knowledge_catalog";
    private const string RecordCollectionPrefix = "r_";

    private static readonly BsonMapper Mapper = CreateMapper();

    public LiteDatabase Database { get; } = database;

    public KnowledgeCatalog ReadCatalog()
    {
        var document = Database.GetCollection(CatalogCollection).FindById(KnowledgeCatalog.DocumentId);
        return document is null ? new KnowledgeCatalog() : Mapper.ToObject<KnowledgeCatalog>(document);
    }

    /// <summary>The commit point of an import: one document write switches every imported source at once.</summary>
    public void WriteCatalog(KnowledgeCatalog catalog) =>
        Database.GetCollection(CatalogCollection).Upsert(Mapper.ToDocument(catalog));

    /// <summary>A fresh collection name no reader looks at until the catalog points to it.</summary>
    public static string NewCollectionName(string source, long generation) =>
        $"{RecordCollectionPrefix}{source}_{generation}_{Guid.NewGuid().ToString("N")[..8]}";

    public void Insert(string collection, IEnumerable<KnowledgeRecord> records) =>
        Database.GetCollection(collection).InsertBulk(records.Select(r => Mapper.ToDocument(r)), batchSize: 5000);

    public IEnumerable<KnowledgeRecord> ReadAll(string collection)
    {
        foreach (var document in Database.GetCollection(collection).FindAll()) yield return ToRecord(document);
    }

    /// <summary>A record as the bytes the store keeps of it (the search index stores them with each document).</summary>
    public static byte[] Serialize(KnowledgeRecord record) => BsonSerializer.Serialize(Mapper.ToDocument(record));

    public static KnowledgeRecord Deserialize(byte[] bytes, int offset, int length)
    {
        var buffer = offset == 0 && length == bytes.Length ? bytes : bytes.AsSpan(offset, length).ToArray();
        return ToRecord(BsonSerializer.Deserialize(buffer));
    }

    private static KnowledgeRecord ToRecord(BsonDocument document)
    {
        var record = Mapper.ToObject<KnowledgeRecord>(document);
        // Field names are case-insensitive (knowledge-import.md); the mapper hands back a case-sensitive dictionary.
        record.Extra = new Dictionary<string, string>(record.Extra, StringComparer.OrdinalIgnoreCase);
        return record;
    }

    /// <summary>Drops record collections the catalog no longer names: old generations and crashed imports.</summary>
    public void DropUnreferenced(KnowledgeCatalog catalog)
    {
        var referenced = catalog.Sources.Values.Concat(catalog.Previous.Values).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in Database.GetCollectionNames().ToList())
        {
            if (name.StartsWith(RecordCollectionPrefix, StringComparison.OrdinalIgnoreCase) && !referenced.Contains(name))
                Database.DropCollection(name);
        }
    }

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper { SerializeNullValues = false, EnumAsInteger = false };
        // LiteDB 5 knows no DateOnly; dates and times are kept as ISO text, so no time-zone shift on the way.
        // Invariant: the SDK sets each turn's thread culture from the activity's locale.
        mapper.RegisterType<DateOnly>(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), b => DateOnly.Parse(b.AsString, CultureInfo.InvariantCulture));
        mapper.RegisterType<DateTime>(d => d.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture), b => DateTime.Parse(b.AsString, CultureInfo.InvariantCulture));
        // LiteDB publishes a type's member map before it is complete, so two threads mapping a type for the
        // first time can store a record without its fields. Mapping every type once here, before the mapper is
        // shared, closes that window.
        KnowledgeRecord[] samples = [new Offer(), new CounsellingOffice(), new FaqEntry(), new Indicator()];
        foreach (var sample in samples) mapper.ToObject<KnowledgeRecord>(mapper.ToDocument(sample));
        mapper.ToObject<KnowledgeCatalog>(mapper.ToDocument(new KnowledgeCatalog()));
        return mapper;
    }
}
