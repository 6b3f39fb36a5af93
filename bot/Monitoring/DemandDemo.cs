using TrierBot.Dialogs.Monitoring;
using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Monitoring;

/// <summary>
/// A plausible, generated year of demand (marked <see cref="DemandRecord.Demo"/>) so the monitoring page can be shown
/// on a fresh machine: more searches in the larger districts, MINT wishes for afternoons and holidays, literacy for
/// adults, and more unmet demand where the demo data has fewer offers (Trier-West, Ehrang). Fictional throughout.
/// </summary>
public static class DemandDemo
{
    private static readonly (string Topic, int Weight, string[] Ages, string[] Categories)[] Topics =
    [
        (IntentNames.CareerOrientation, 34, ["14-17", "14-17", "18-24", "18-24", "10-13", "unknown"], [Categories.Ausbildung, Categories.Praktikum, Categories.Studium, Categories.Handwerk, Categories.Pflege, Categories.TechnikIt, Categories.Soziales]),
        (IntentNames.Mint, 26, ["6-9", "10-13", "10-13", "14-17", "0-5", "unknown"], [Categories.Robotik, Categories.Programmieren, Categories.Experimente, Categories.Mathematik, Categories.Astronomie]),
        (IntentNames.Literacy, 14, ["25-44", "45+", "18-24", "25-44", "unknown"], [Categories.Lesen, Categories.Schreiben, Categories.Rechnen, Categories.Digitales]),
        (IntentNames.Counselling, 16, ["25-44", "45+", "18-24", "unknown"], [Categories.Weiterbildung, Categories.Umschulung, Categories.Anerkennung, Categories.Foerderung, Categories.Sprachen]),
        (IntentNames.CourseSearch, 10, ["18-24", "25-44", "45+", "14-17"], [Categories.Sprachen, Categories.Digitales, Categories.Kreatives, Categories.Gesundheit]),
    ];

    /// <summary>Relative number of searches per Ortsbezirk (roughly by population), in <see cref="Districts.All"/> order.</summary>
    private static readonly int[] DistrictWeights = [14, 9, 10, 8, 4, 3, 3, 11, 4, 4, 3, 5, 6, 2, 2, 1, 6, 5, 4];

    /// <summary>Districts where the demo's offers are thin: more searches there end without an offer.</summary>
    private static readonly HashSet<string> ThinDistricts = ["Trier-West/Pallien", "Ehrang/Quint", "Zewen", "Feyen/Weismark"];

    /// <summary>The twelve months up to <paramref name="lastMonth"/>, about 250 searches each, from a fixed seed.</summary>
    public static List<DemandChange> Generate(DateOnly lastMonth, int seed = 17)
    {
        var random = new Random(seed);
        var counts = new Dictionary<string, (DemandRecord Record, int Count)>(StringComparer.Ordinal);
        for (var m = 11; m >= 0; m--)
        {
            var month = lastMonth.AddMonths(-m);
            // Autumn and the weeks before the summer bring more questions about training places.
            var seasonal = month.Month is 2 or 3 or 9 or 10 ? 1.25 : month.Month is 7 or 8 ? 0.8 : 1.0;
            var searches = (int)(230 * seasonal) + random.Next(40);
            for (var i = 0; i < searches; i++)
            {
                var record = OneSearch(random, month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
                counts[record.Key] = counts.TryGetValue(record.Key, out var had) ? (record, had.Count + 1) : (record, 1);
            }
        }

        return [.. counts.Values.Select(c => new DemandChange(c.Record, c.Count))];
    }

    private static DemandRecord OneSearch(Random random, string month)
    {
        var topic = Pick(random, Topics, t => t.Weight);
        var age = topic.Ages[random.Next(topic.Ages.Length)];
        var online = random.NextDouble() < 0.05;
        var district = online ? DemandVocabulary.Online : random.NextDouble() < 0.2 ? DemandVocabulary.Unknown : Pick(random, Districts.All.Select((d, i) => (d, DistrictWeights[i])).ToArray(), d => d.Item2).d;
        var times = new List<string>();
        var young = age is "6-9" or "10-13" or "14-17";
        if (random.NextDouble() < (young ? 0.35 : 0.1)) times.Add(DemandVocabulary.Afternoons);
        if (random.NextDouble() < (young ? 0.05 : 0.3)) times.Add(DemandVocabulary.Evenings);
        if (random.NextDouble() < 0.15) times.Add(DemandVocabulary.Weekends);
        if (topic.Topic == IntentNames.Mint && random.NextDouble() < 0.3 && (month.EndsWith("-03") || month.EndsWith("-07") || month.EndsWith("-09") || month.EndsWith("-12"))) times.Add(DemandVocabulary.Holidays);
        var categories = new List<string> { topic.Categories[random.Next(topic.Categories.Length)] };
        if (random.NextDouble() < 0.2) categories.Add(topic.Categories[random.Next(topic.Categories.Length)]);

        var unmetChance = 0.12 + (ThinDistricts.Contains(district) ? 0.25 : 0) + (times.Contains(DemandVocabulary.Evenings) || times.Contains(DemandVocabulary.Weekends) ? 0.1 : 0)
            + (topic.Topic == IntentNames.Mint && age is "14-17" ? 0.15 : 0) + (categories.Contains(Categories.Astronomie) ? 0.2 : 0);
        var found = random.NextDouble() < unmetChance ? 0 : 1 + random.Next(12);
        var handoff = random.NextDouble() < (found == 0 ? 0.2 : 0.05);
        var english = random.NextDouble() < 0.06;
        var channel = Pick(random, [("directline", 78), ("whatsapp", 13), ("telegram", 9)], c => c.Item2).Item1;
        return new DemandRecord
        {
            Month = month, Topic = topic.Topic, AgeBand = age, District = district,
            TimeWishes = [.. times.Distinct().Order(StringComparer.Ordinal)],
            Categories = [.. categories.Distinct().Order(StringComparer.Ordinal)],
            Found = found, Handoff = handoff, Language = english ? "en" : "de", Channel = channel, Demo = true,
        };
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items, Func<T, int> weight)
    {
        var roll = random.Next(items.Sum(weight));
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0) return item;
        }

        return items[^1];
    }
}
