using System.Text;
using TrierBot.Knowledge.Model;

namespace TrierBot.Knowledge.Search;

/// <summary>
/// What filters, ranking and the series rule need of a record, kept with its search document (a binary doc value)
/// and held in an array when the index opens: a search filters and ranks without loading one record, and only
/// the hits it returns are read from the index's stored fields.
/// </summary>
internal readonly record struct RecordFacts
{
    private const byte FormatVersion = 1;

    public required string Key { get; init; }
    public required string Source { get; init; }
    public required RecordKind Kind { get; init; }
    public required string DisplayTitle { get; init; }
    /// <summary>Trimmed district; null when none.</summary>
    public string? District { get; init; }
    /// <summary>Offers: <c>ageMin</c>, or <see cref="int.MinValue"/> when open.</summary>
    public int AgeMin { get; init; }
    /// <summary>Offers: <c>ageMax</c>, or <see cref="int.MaxValue"/> when open.</summary>
    public int AgeMax { get; init; }
    public DateTime? Start { get; init; }
    public DateTime? End { get; init; }
    /// <summary>An offer costing nothing, an office marked free.</summary>
    public bool Free { get; init; }
    public bool Online { get; init; }
    public bool SimpleLanguage { get; init; }
    public bool Accessible { get; init; }
    /// <summary>Offers' categories, offices' topics: what a preferred category is compared with.</summary>
    public required string[] Categories { get; init; }
    /// <summary>Offers: trimmed lower-case "title \u0001 provider", one series on several dates; others: empty (each its own).</summary>
    public required string Series { get; init; }

    public static RecordFacts Of(KnowledgeRecord record) => record switch
    {
        Offer offer => Common(record, RecordKind.Offer) with
        {
            District = offer.District?.Trim(),
            AgeMin = offer.AgeMin ?? int.MinValue,
            AgeMax = offer.AgeMax ?? int.MaxValue,
            Start = offer.Start,
            End = offer.End,
            Free = offer.Cost == 0,
            Online = offer.Online == true,
            SimpleLanguage = offer.SimpleLanguage == true,
            Accessible = offer.Accessible == true,
            Categories = [.. offer.Categories],
            Series = offer.Title.Trim().ToLowerInvariant() + "\u0001" + offer.Provider.Trim().ToLowerInvariant(),
        },
        CounsellingOffice office => Common(record, RecordKind.CounsellingOffice) with
        {
            District = office.District?.Trim(),
            Free = office.Free == true,
            Categories = [.. office.Topics],
        },
        Indicator indicator => Common(record, RecordKind.Indicator) with { District = indicator.District?.Trim() },
        FaqEntry => Common(record, RecordKind.FaqEntry),
        _ => Common(record, RecordKind.Other),
    };

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(FormatVersion);
            writer.Write(Key);
            writer.Write(Source);
            writer.Write((byte)Kind);
            writer.Write(DisplayTitle);
            WriteOptional(writer, District);
            writer.Write(AgeMin);
            writer.Write(AgeMax);
            writer.Write(Start?.Ticks ?? -1);
            writer.Write(End?.Ticks ?? -1);
            writer.Write((byte)((Free ? 1 : 0) | (Online ? 2 : 0) | (SimpleLanguage ? 4 : 0) | (Accessible ? 8 : 0)));
            writer.Write(Categories.Length);
            foreach (var category in Categories) writer.Write(category);
            writer.Write(Series);
        }
        return buffer.ToArray();
    }

    /// <summary>Reads facts written by <see cref="ToBytes"/>; <paramref name="intern"/> shares repeated strings (sources, districts, categories).</summary>
    public static RecordFacts FromBytes(byte[] bytes, int offset, int length, Func<string, string> intern)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, offset, length, writable: false), Encoding.UTF8);
        if (reader.ReadByte() != FormatVersion) throw new InvalidDataException("unknown format of the search index's record facts");
        var key = reader.ReadString();
        var source = intern(reader.ReadString());
        var kind = (RecordKind)reader.ReadByte();
        var title = reader.ReadString();
        var district = ReadOptional(reader);
        var ageMin = reader.ReadInt32();
        var ageMax = reader.ReadInt32();
        var start = reader.ReadInt64();
        var end = reader.ReadInt64();
        var flags = reader.ReadByte();
        var categories = new string[reader.ReadInt32()];
        for (var i = 0; i < categories.Length; i++) categories[i] = intern(reader.ReadString());
        return new RecordFacts
        {
            Key = key,
            Source = source,
            Kind = kind,
            DisplayTitle = title,
            District = district is null ? null : intern(district),
            AgeMin = ageMin,
            AgeMax = ageMax,
            Start = start < 0 ? null : new DateTime(start),
            End = end < 0 ? null : new DateTime(end),
            Free = (flags & 1) != 0,
            Online = (flags & 2) != 0,
            SimpleLanguage = (flags & 4) != 0,
            Accessible = (flags & 8) != 0,
            Categories = categories,
            Series = reader.ReadString(),
        };
    }

    private static RecordFacts Common(KnowledgeRecord record, RecordKind kind) => new()
    {
        Key = record.Key,
        Source = record.Source,
        Kind = kind,
        DisplayTitle = record.DisplayTitle,
        AgeMin = int.MinValue,
        AgeMax = int.MaxValue,
        Categories = [],
        Series = "",
    };

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
