using TrierBot.Dialogs.Framework;
using TrierBot.Knowledge;
using TrierBot.Knowledge.Model;

namespace TrierBot.Dialogs.Tests.Support;

/// <summary>
/// A tiny in-memory knowledge store with fictional demo records, standing in for the knowledge project's
/// store until it is on main. Filters like the contract says; ranks by words and categories found.
/// </summary>
public sealed class FakeKnowledgeSearch : IKnowledgeSearch
{
    private readonly List<KnowledgeRecord> _records = DemoRecords();

    /// <summary>Every query the dialogs sent, in order.</summary>
    public List<SearchQuery> Queries { get; } = [];

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        lock (Queries)
        {
            Queries.Add(query);
        }

        var sources = query.Sources.Count > 0 ? query.Sources : KnowledgeSources.OfferSources;
        var words = ChoiceMatcher.Normalize(query.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return _records
            .Where(r => sources.Contains(r.Source))
            .Where(r => r is not Offer offer || Fits(offer, query))
            .Select(r => new SearchHit(r, Score(r, words, query.Categories)))
            .Where(h => h.Score > 0)
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Key, StringComparer.Ordinal)
            .Skip(query.Skip)
            .Take(query.Top)
            .ToList();
    }

    public KnowledgeRecord? Find(string key) => _records.FirstOrDefault(r => r.Key == key);

    private static bool Fits(Offer offer, SearchQuery query)
        => (query.Age is not { } age || ((offer.AgeMin ?? 0) <= age && age <= (offer.AgeMax ?? 200)))
           && (query.District is null || offer.District == query.District)
           && (query.To is null || offer.Start is null || offer.Start <= query.To)
           && (query.From is null || offer.End is null || offer.End >= query.From);

    private static double Score(KnowledgeRecord record, string[] words, IReadOnlyList<string> categories)
    {
        var haystack = ChoiceMatcher.Normalize(record switch
        {
            Offer o => $"{o.Title} {o.Description} {string.Join(' ', o.Categories)} {string.Join(' ', o.Keywords)}",
            CounsellingOffice c => $"{c.Name} {string.Join(' ', c.Topics)}",
            FaqEntry f => $"{f.Question} {string.Join(' ', f.Variants)}",
            _ => record.DisplayTitle,
        });
        var score = words.Count(w => w.Length > 2 && haystack.Contains(w, StringComparison.Ordinal));
        if (record is Offer offer)
        {
            score += 2 * categories.Count(c => offer.Categories.Contains(c));
        }

        return score;
    }

    private static List<KnowledgeRecord> DemoRecords() =>
    [
        Offer("retribus", "RB-1042", "Schnupperpraktikum in der Tischlerei (Demo)", "Eine Woche in einer Tischlerei mitarbeiten und Holz bearbeiten.", [Categories.Handwerk, Categories.Praktikum], 14, 18, "Trier-Nord", 0),
        Offer("retribus", "RB-1043", "IT-Ausbildungstag (Demo)", "Ausbildungsberufe in der IT kennenlernen.", [Categories.TechnikIt, Categories.Ausbildung], 15, 20, "Trier-Süd", 0),
        Offer("retribus", "RB-1044", "Studieninfotag an der Hochschule (Demo)", "Studiengänge in Technik und Wirtschaft ausprobieren.", [Categories.Studium, Categories.TechnikIt, Categories.Wirtschaft], 16, 25, "Tarforst", 0),
        Offer("retribus", "RB-1045", "Pflege-Schnuppertag (Demo)", "Einen Tag im Krankenhaus erleben.", [Categories.Gesundheit, Categories.Pflege, Categories.Praktikum], 15, 22, "Trier-Mitte/Gartenfeld", 0),
        Offer("retribus", "RB-1046", "Kfz-Werkstatt erleben (Demo)", "In einer Werkstatt an Autos schrauben.", [Categories.Handwerk, Categories.Praktikum], 14, 18, "Trier-Nord", 5),
        Offer("retribus", "RB-1047", "Maurer-Werktag (Demo)", "Eine Mauer bauen und das Handwerk kennenlernen.", [Categories.Handwerk, Categories.Praktikum], 14, 18, "Trier-Nord", null),
        Offer("retribus", "RB-1048", "Handwerk erleben – Malerbetrieb (Demo)", "Farben, Wände, Gestaltung im Handwerk.", [Categories.Handwerk, Categories.Praktikum], 14, 18, "Trier-Nord", 0),
        Offer("apag", "AP-1", "Lerncafé Lesen und Schreiben (Demo)", "In kleiner Gruppe lesen und schreiben üben. Ohne Anmeldung.", [Categories.Lesen, Categories.Schreiben], 16, null, "Trier-Mitte/Gartenfeld", 0),
        Offer("apag", "AP-2", "Rechnen im Alltag (Demo)", "Rechnen mit Geld und Zahlen im Alltag.", [Categories.Rechnen], 16, null, "Trier-West/Pallien", 0),
        Offer("mint", "MI-1", "Robotik-AG für Mädchen (Demo)", "Roboter bauen und programmieren, nur für Mädchen.", [Categories.Robotik], 10, 14, "Trier-Süd", 0, "Mädchen"),
        Offer("mint", "MI-2", "Programmieren in den Ferien (Demo)", "Eigene Spiele programmieren in den Ferien.", [Categories.Programmieren], 12, 16, "Kürenz", 20, "Ferien"),
        Offer("mint", "MI-3", "Sternwarte-Abend (Demo)", "Sterne und Planeten beobachten.", [Categories.Astronomie], 8, 99, "Tarforst", 0),
        Offer("kurse", "KU-1", "Englisch für Anfänger (Demo)", "Sprachkurs Englisch für Erwachsene.", [Categories.Sprachen], 16, null, "Trier-Mitte/Gartenfeld", 49, "Sprachkurs Kurs"),
        Office("BE-1", "Berufsberatung (Demo)", ["Berufsberatung", "Ausbildung", "Studienberatung", "Studium"], "0651 9990-1001", "Mo–Do 9–12 Uhr"),
        Office("BE-2", "Grundbildungs-Telefon (Demo)", ["Grundbildung", "Alphabetisierung", "Lesen", "Schreiben"], "0651 9990-1002", "Mo–Fr 10–16 Uhr", "Beispielstraße 1"),
        Office("BE-3", "Bildungsberatung Trier (Demo)", ["Bildungsberatung", "Weiterbildung", "Umschulung", "Förderung", "Anerkennung", "MINT"], "0651 9990-1003", "Di und Do 14–17 Uhr"),
        new FaqEntry { Source = "faq", Id = "FAQ-1", Question = "Was kostet die Beratung?", Answer = "Die Beratung im Bildungsbüro ist kostenlos (Demo-Antwort).", Variants = ["Kosten Beratung", "kostet"] },
    ];

    private static Offer Offer(string source, string id, string title, string description, List<string> categories, int? ageMin, int? ageMax, string district, decimal? cost, string keywords = "")
        => new()
        {
            Source = source,
            Id = id,
            Title = title,
            Description = description,
            Provider = "Demo-Anbieter (fiktiv)",
            Categories = categories,
            Keywords = [.. keywords.Split(' ', StringSplitOptions.RemoveEmptyEntries)],
            AgeMin = ageMin,
            AgeMax = ageMax,
            District = district,
            Venue = "Beispielhaus",
            Cost = cost,
            Start = new DateTime(2027, 3, 1),
            End = new DateTime(2027, 3, 5),
            Email = "info@example.org",
        };

    private static CounsellingOffice Office(string id, string name, List<string> topics, string phone, string hours, string? street = null)
        => new() { Source = "beratung", Id = id, Name = name, Topics = topics, Phone = phone, OpeningHours = hours, Street = street, Email = "beratung@example.org", Free = true };
}
