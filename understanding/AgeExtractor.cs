using System.Globalization;
using System.Text.RegularExpressions;

namespace TrierBot.Understanding;

/// <summary>
/// The age of the person an offer is for. A number only counts with words around it that make it an
/// age ("ich bin 16", "meine tochter ist 12", "16 j", "13-jährige", "i'm 17", "mit 16"), so class
/// levels ("10. klasse"), language levels ("B1"), "3d", years, times, prices and phone numbers stay out.
/// </summary>
internal static partial class AgeExtractor
{
    private const int Youngest = 3;
    // "sie ist 2": with a verb or a person before it, a toddler's age is an age (and the bot can say honestly that nothing fits)
    private const int YoungestNamed = 1;
    private const int Oldest = 99;

    // the number itself: one or two digits, not glued to letters, digits or separators ("b1", "3d", "16:00", "0651")
    private const string Number = @"(?<![\p{L}\d.,:/+€$-])(?<n>\d{1,2})";
    private const string NotGlued = @"(?![\p{L}\d:/€$%]|[.,]\d)";
    private const string Adverbs = @"(?:(?:grad|gerade|jetzt|erst|schon|fast|bald|noch|nun|inzwischen|ja|doch|halt|eigentlich|dann|already|only|almost|just|nearly|about|ca|etwa|ungefaehr)\s+)*";
    private const string Kin = "tochter|sohn|kind|kinder|kids|kid|enkel|enkelin|enkelsohn|enkeltochter|neffe|nichte|bruder|schwester|cousin|cousine|klient|klientin|klienten|klientinnen|schueler|schuelerin|jugendliche|jugendlicher|teilnehmer|teilnehmerin|mutter|vater|mama|papa|mann|frau|oma|opa|freund|freundin|bewohner|bewohnerin|daughter|son|child|children|brother|sister|nephew|niece|mum|mom|dad|grandma|grandpa|grandson|granddaughter|mother|father|husband|wife|grandmother|grandfather|grandchild|client|pupil|student";

    [GeneratedRegex(@"\b(?:ich\s+bin|bin|ist|wird|werde|sind|is|are|am|hes|shes|turned|turning|turns)\s+" + Adverbs + Number + NotGlued + @"(?:\s*(?:und|u|,|&|and)\s*(?<m>\d{1,2})" + NotGlued + ")?")]
    private static partial Regex AfterVerb();

    [GeneratedRegex(@"\b(?:im|i\s+m|iam)\s+" + Adverbs + Number + NotGlued)]
    private static partial Regex AfterEnglishIm();

    [GeneratedRegex(Number + @"\s*-?\s*(?:j\b|jr\b|jhr\b|jahre?n?\s+alt|jaehrig\w*|jahrig\w*|jaerig\w*|jarig\w*|years?\s*-?\s*old|yrs?\b|yo\b|y\s*o\b)")]
    private static partial Regex WithAgeUnit();

    [GeneratedRegex(@"\b(?:" + Kin + @")\b(?:\s+(?!ist\b|wird\b|is\b|sind\b|are\b)\p{L}+(?=\s*[(,:]))?\s*[(,:-]?\s*(?:ist|wird|is|turned|turns|sind|are|alter|age)?\s*" + Adverbs + Number + NotGlued + @"(?:\s*(?:und|u|,|&|and)\s*(?<m>\d{1,2})" + NotGlued + ")?")]
    private static partial Regex AfterPerson();

    // a group's ages: "zwischen 14 und 16", "von 8 bis 10 jahren", "14 bis 16 jahre", "between 12 and 14"
    [GeneratedRegex(@"\b(?:(?:zwischen|between)\s+" + Number + @"\s+(?:und|u|and)\s+(?<hi>\d{1,2})|(?:von|from|im alter von)\s+" + Number + @"\s*(?:bis|-|to)\s*(?<hi>\d{1,2})(?=\s*(?:jahre|jahren|j\b|years)?)|" + Number + @"\s*(?:bis|-|to)\s*(?<hi>\d{1,2})(?=\s*(?:jahre|jahren|jaehrig|j\b|years)))" + NotGlued)]
    private static partial Regex AgeRange();

    // "54295, Heiligkreuz, 52 Jahre": "N Jahre" standing alone between commas is an age; "fast 20 Jahre" at home is not
    [GeneratedRegex(@"(?:^|[,;]|\s-)\s*" + Number + @"\s*(?:jahre|jahren|jahr|years)(?=\s*(?:$|[,;.]))")]
    private static partial Regex AgeAlone();

    [GeneratedRegex(@"\b(?:alter|age|aged)\s*:?\s*(?:von\s+)?" + Number + NotGlued)]
    private static partial Regex AfterAgeWord();

    [GeneratedRegex(@"\b(?:mit|ab|at)\s+" + Number + NotGlued + @"(?:\s+(?:jahren|years))?(?=\s*$|\s+(?:noch|schon|eine|ein|ne|nen|einen|machen|arbeiten|anfangen|studieren|jobben|den|die|das|der|in|an|als|und|oder|was|ausbildung|praktikum|mich|man|jahren|do|work|start|get|\?))")]
    private static partial Regex WithPreposition();

    // what may follow an age number; a unit or an ordinal context makes it something else
    [GeneratedRegex(@"^\s*(?:uhr|h\b|euro|eur\b|e\b|cent|ct\b|prozent|min|minute|stunde|std|km|kilometer|m\b|meter|kg|kilo|cm|mal\b|x\b|klasse|kl\b|jahrgang|jahrhundert|stock|tage?\b|tagen|wochen?\b|monat|seite|leute|personen|kinder\b|kindern|jugendliche|schueler|teilnehm|menschen|people|kids\b|children|students|pupils|stueck|punkte|grad|pm\b|am\b|oclock|o\s+clock|dollar|folgen|teil|plaetze|kurse|termine|lehrjahr|semester|grade\b|class\b|hours|minutes|euros|\.(?!\s*(?:$|ich\b|wir\b|er\b|sie\b|es\b|die\b|der\b|das\b|mein|und\b|aber\b|was\b|wie\b|wo\b|gibt|i\b|my\b|and\b|what\b|how\b|can\b)))")]
    private static partial Regex NotAnAgeAfter();

    [GeneratedRegex(@"(?<![\p{L}])(?<w>drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf|dreizehn|vierzehn|fuenfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|einundzwanzig|zweiundzwanzig|dreissig|vierzig|fuenfzig|sechzig|siebzig|achtzig|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty)(?=jaehrig|\b)")]
    private static partial Regex NumberWord();

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["drei"] = 3, ["vier"] = 4, ["fuenf"] = 5, ["sechs"] = 6, ["sieben"] = 7, ["acht"] = 8, ["neun"] = 9, ["zehn"] = 10,
        ["elf"] = 11, ["zwoelf"] = 12, ["dreizehn"] = 13, ["vierzehn"] = 14, ["fuenfzehn"] = 15, ["sechzehn"] = 16,
        ["siebzehn"] = 17, ["achtzehn"] = 18, ["neunzehn"] = 19, ["zwanzig"] = 20, ["einundzwanzig"] = 21, ["zweiundzwanzig"] = 22,
        ["dreissig"] = 30, ["vierzig"] = 40, ["fuenfzig"] = 50, ["sechzig"] = 60, ["siebzig"] = 70, ["achtzig"] = 80,
        ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
    };

    /// <param name="folded">The message after <see cref="TextNormalizer.Fold"/>.</param>
    public static List<int> Extract(string folded) => Extract(folded, out _);

    /// <param name="folded">The message after <see cref="TextNormalizer.Fold"/>.</param>
    /// <param name="rangeEnds">The upper ends of age ranges: numbers that are neither an age of their own nor a date.</param>
    public static List<int> Extract(string folded, out List<int> rangeEnds)
    {
        var text = NumberWord().Replace(folded, m => NumberWords[m.Groups["w"].Value].ToString());
        var found = new List<(int Index, int Age)>();
        CollectRanges(found, text);
        Collect(found, text, AfterVerb(), youngest: YoungestNamed);
        Collect(found, text, AfterPerson(), youngest: YoungestNamed);
        Collect(found, text, WithAgeUnit(), checkFollower: false);
        Collect(found, text, AgeAlone(), checkFollower: false);
        Collect(found, text, AfterAgeWord());
        Collect(found, text, WithPreposition(), youngest: 6);
        // "i'm 17" folds to "im 17"; German "im 10. stock" is kept out by what follows the number
        Collect(found, text, AfterEnglishIm());
        rangeEnds = [.. found.Where(f => f.Age < 0).Select(f => -f.Age)];
        return found.Where(f => f.Age > 0).OrderBy(f => f.Index).Select(f => f.Age).Distinct().ToList();
    }

    /// <summary>A range counts with its lower end (an offer must suit the youngest), and its upper end is no age of its own.</summary>
    private static void CollectRanges(List<(int, int)> found, string text)
    {
        foreach (Match match in AgeRange().Matches(text))
        {
            var low = match.Groups["n"];
            var high = match.Groups["hi"];
            if (NotAnAgeAfter().IsMatch(text.AsSpan(match.Index + match.Length).ToString())) continue;
            var from = int.Parse(low.ValueSpan, CultureInfo.InvariantCulture);
            var to = int.Parse(high.ValueSpan, CultureInfo.InvariantCulture);
            if (from < Youngest || to > Oldest || to <= from) continue;
            found.Add((low.Index, from));
            // the upper end is taken: the person patterns must not read it as a second age
            found.Add((high.Index, -to));
        }
    }

    private static void Collect(List<(int, int)> found, string text, Regex pattern, bool checkFollower = true, int youngest = Youngest)
    {
        foreach (Match match in pattern.Matches(text))
            foreach (var group in new[] { match.Groups["n"], match.Groups["m"] })
            {
                if (!group.Success) continue;
                if (checkFollower && NotAnAgeAfter().IsMatch(text.AsSpan(group.Index + group.Length).ToString())) continue;
                var age = int.Parse(group.ValueSpan, CultureInfo.InvariantCulture);
                if (age >= youngest && age <= Oldest && !found.Exists(f => f.Item1 == group.Index)) found.Add((group.Index, age));
            }
    }
}
