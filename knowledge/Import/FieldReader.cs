using System.Globalization;

namespace TrierBot.Knowledge.Import;

/// <summary>
/// Applies the contract's field types to one raw record. Every read marks the field as known; what is left
/// over goes to <c>Extra</c>. An empty value counts as missing (an empty CSV cell is "not given").
/// </summary>
internal sealed class FieldReader(RawRecord record)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd"];
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
    ];

    private readonly HashSet<string> _known = new(StringComparer.OrdinalIgnoreCase);

    public string RequiredString(string field) =>
        OptionalString(field) ?? throw new RecordRejectedException(field, "Pflichtfeld fehlt oder ist leer");

    public string? OptionalString(string field)
    {
        if (Get(field) is not { } value) return null;
        if (value.Kind is RawValueKind.List or RawValueKind.Object)
            throw new RecordRejectedException(field, "Text erwartet, aber eine Liste oder ein Objekt gefunden");
        return value.Text.Trim();
    }

    public List<string>? OptionalList(string field)
    {
        if (Get(field) is not { } value) return null;
        if (value.Kind == RawValueKind.Object) throw new RecordRejectedException(field, "Liste erwartet, aber ein Objekt gefunden");
        var items = value.Kind == RawValueKind.List ? value.Items : value.Text.Split('|');
        return items.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public int? OptionalInt(string field)
    {
        if (Get(field) is not { } value) return null;
        if (value.Kind is RawValueKind.Text or RawValueKind.Number
            && int.TryParse(value.Text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            return number;
        throw new RecordRejectedException(field, $"ganze Zahl erwartet, gefunden: „{Shorten(value.Text)}“");
    }

    public int RequiredInt(string field) =>
        OptionalInt(field) ?? throw new RecordRejectedException(field, "Pflichtfeld fehlt oder ist leer");

    public decimal? OptionalDecimal(string field)
    {
        if (Get(field) is not { } value) return null;
        // Decimal comma ("12,50") is allowed; a thousands separator is not (it would be ambiguous).
        var text = value.Text.Trim().Replace(',', '.');
        if (value.Kind is RawValueKind.Text or RawValueKind.Number
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var number))
            return number;
        throw new RecordRejectedException(field, $"Zahl erwartet, gefunden: „{Shorten(value.Text)}“");
    }

    public decimal RequiredDecimal(string field) =>
        OptionalDecimal(field) ?? throw new RecordRejectedException(field, "Pflichtfeld fehlt oder ist leer");

    public double? OptionalCoordinate(string field, double limit)
    {
        if (OptionalDecimal(field) is not { } number) return null;
        if (Math.Abs(number) > (decimal)limit) throw new RecordRejectedException(field, $"Koordinate außerhalb von ±{limit}");
        return (double)number;
    }

    public bool? OptionalBool(string field)
    {
        if (Get(field) is not { } value) return null;
        if (value.Kind is RawValueKind.Text or RawValueKind.Boolean or RawValueKind.Number)
        {
            switch (value.Text.Trim().ToLowerInvariant())
            {
                case "ja" or "true" or "1": return true;
                case "nein" or "false" or "0": return false;
            }
        }
        throw new RecordRejectedException(field, $"ja/nein erwartet (auch true/false, 1/0), gefunden: „{Shorten(value.Text)}“");
    }

    public DateOnly? OptionalDate(string field)
    {
        if (Get(field) is not { } value) return null;
        if (value.Kind == RawValueKind.Text
            && DateTime.TryParseExact(value.Text.Trim(), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return DateOnly.FromDateTime(parsed);
        throw new RecordRejectedException(field, $"Datum im Format JJJJ-MM-TT erwartet, gefunden: „{Shorten(value.Text)}“");
    }

    public DateTime? OptionalDateTime(string field)
    {
        if (Get(field) is not { } value) return null;
        if (value.Kind == RawValueKind.Text
            && DateTimeOffset.TryParseExact(value.Text.Trim(), DateTimeFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeLocal, out var parsed))
            // The clock time as written is what a visitor in Trier needs; the offset only says where it was written.
            return DateTime.SpecifyKind(parsed.DateTime, DateTimeKind.Unspecified);
        throw new RecordRejectedException(field, $"Datum (JJJJ-MM-TT) oder Datum mit Uhrzeit (JJJJ-MM-TTThh:mm) erwartet, gefunden: „{Shorten(value.Text)}“");
    }

    /// <summary>The fields no reader asked for: kept, never shown (knowledge-import.md).</summary>
    public Dictionary<string, string> Unknown()
    {
        var extra = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in record.Fields)
        {
            if (!_known.Contains(name) && value.Text.Length > 0) extra[name] = value.Text;
        }
        return extra;
    }

    private RawValue? Get(string field)
    {
        _known.Add(field);
        if (!record.Fields.TryGetValue(field, out var value)) return null;
        if (value.Kind == RawValueKind.Text && string.IsNullOrWhiteSpace(value.Text)) return null;
        if (value.Kind == RawValueKind.List && value.Items.Count == 0) return null;
        return value;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
