using F23.StringSimilarity;
using TrierBot.Knowledge;

namespace TrierBot.Understanding;

/// <summary>
/// The Ortsbezirke of Trier (<see cref="Districts"/>) from the names people use for them:
/// "kürenz"/"kuerenz"/"kurenz", "trier nord", "in der innenstadt", "quint", "west" … Proper names
/// tolerate typos (one edit, two for long names); everyday words ("west", "mitte") must be exact,
/// and "euren" only counts where it is a place ("wohne in euren"), not "euren kurs".
/// </summary>
internal static class DistrictExtractor
{
    private static readonly OptimalStringAlignment Distance = new();

    private const string Mitte = "Trier-Mitte/Gartenfeld";
    private const string Nord = "Trier-Nord";
    private const string Sued = "Trier-Süd";
    private const string Ehrang = "Ehrang/Quint";
    private const string West = "Trier-West/Pallien";
    private const string Ruwer = "Ruwer/Eitelsbach";
    private const string Feyen = "Feyen/Weismark";

    // (district, alias words, may the words be misspelled?)
    private static readonly (string District, string[] Words, bool Fuzzy)[] Aliases =
    [
        (Mitte, ["innenstadt"], true), (Mitte, ["stadtmitte"], true), (Mitte, ["gartenfeld"], true), (Mitte, ["altstadt"], false),
        (Mitte, ["trier", "mitte"], false), (Mitte, ["zentrum"], false), (Mitte, ["city"], false), (Mitte, ["downtown"], false),
        (Mitte, ["stadtzentrum"], true), (Mitte, ["city", "centre"], false), (Mitte, ["city", "center"], false),
        (Nord, ["nord"], false), (Nord, ["norden"], false), (Nord, ["nordstadt"], false), (Nord, ["trier", "north"], false), (Nord, ["north", "trier"], false),
        (Sued, ["sued"], false), (Sued, ["sud"], false), (Sued, ["sueden"], false), (Sued, ["suedstadt"], false), (Sued, ["trier", "south"], false), (Sued, ["south", "trier"], false),
        (Ehrang, ["ehrang"], true), (Ehrang, ["quint"], true),
        ("Pfalzel", ["pfalzel"], true), ("Pfalzel", ["falzel"], true),
        ("Biewer", ["biewer"], true),
        (Ruwer, ["ruwer"], true), (Ruwer, ["eitelsbach"], true),
        (West, ["west"], false), (West, ["westen"], false), (West, ["pallien"], true), (West, ["trier", "west"], false),
        ("Euren", ["euren"], false),
        ("Zewen", ["zewen"], true),
        ("Olewig", ["olewig"], true), ("Olewig", ["olewich"], true),
        ("Kürenz", ["kuerenz"], true), ("Kürenz", ["kurenz"], true),
        ("Tarforst", ["tarforst"], true),
        ("Filsch", ["filsch"], true),
        ("Irsch", ["irsch"], true),
        ("Kernscheid", ["kernscheid"], true),
        (Feyen, ["feyen"], true), (Feyen, ["weismark"], true), (Feyen, ["weissmark"], true),
        ("Heiligkreuz", ["heiligkreuz"], true), ("Heiligkreuz", ["heilig", "kreuz"], true), ("Heiligkreuz", ["hl", "kreuz"], false),
        ("Mariahof", ["mariahof"], true), ("Mariahof", ["maria", "hof"], false),
    ];

    // everyday words one typo away from a district name
    private static readonly HashSet<string> NeverFuzzy = new(StringComparer.Ordinal)
    {
        "falsch", "fegen", "feen", "hirsch", "eurem", "euer", "zehen", "bieber", "wesen", "weiten", "quitt", "olewisch",
        "insel", "innenstadtnah", "ruhe", "ruder", "pfalz", "kurz", "kurse", "kursen",
    };

    // "euren" is also "your": it names the district only after a place word and before no noun
    private static readonly HashSet<string> PlaceCues = new(StringComparer.Ordinal) { "in", "aus", "nach", "von", "bei", "wohne", "wohnen", "wohnt", "richtung", "trier", "ortsteil", "stadtteil", "naehe", "um" };
    private static readonly HashSet<string> AfterPlace = new(StringComparer.Ordinal)
    {
        "und", "oder", "bei", "in", "an", "wohnen", "wohne", "wohnt", "gibt", "gibts", "was", "wo", "ist", "sind", "fuer", "fur", "mit",
        "trier", "zu", "etwas", "irgendwas", "noch", "auch", "so", "da", "aber", "kann", "koennen", "welche", "bitte", "oder", "ein", "eine",
        "einen", "ich", "wir", "mein", "meine", "ab", "am", "um", "im",
    };

    public static List<string> Extract(IReadOnlyList<string> tokens)
    {
        var found = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
            foreach (var (district, words, fuzzy) in Aliases)
                if (!found.Contains(district) && MatchesAt(tokens, i, words, fuzzy) && (district != "Euren" || IsPlace(tokens, i)))
                    found.Add(district);
        return found;
    }

    private static bool MatchesAt(IReadOnlyList<string> tokens, int start, string[] words, bool fuzzy)
    {
        if (start + words.Length > tokens.Count) return false;
        for (var j = 0; j < words.Length; j++)
            if (!WordMatches(tokens[start + j], words[j], fuzzy)) return false;
        return true;
    }

    private static bool WordMatches(string token, string word, bool fuzzy)
    {
        if (token == word) return true;
        if (!fuzzy || token.Length < 5 || token[0] != word[0] || NeverFuzzy.Contains(token)) return false;
        var allowed = word.Length >= 8 ? 2 : 1;
        return Math.Abs(token.Length - word.Length) <= allowed && Distance.Distance(token, word) <= allowed;
    }

    private static bool IsPlace(IReadOnlyList<string> tokens, int index)
    {
        if (tokens.Count == 1) return true;
        var before = index > 0 && PlaceCues.Contains(tokens[index - 1]);
        var after = index == tokens.Count - 1 || AfterPlace.Contains(tokens[index + 1]);
        return before && after;
    }
}
