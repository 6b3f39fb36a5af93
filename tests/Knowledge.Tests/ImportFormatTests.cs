using TrierBot.Knowledge.Model;

namespace TrierBot.Knowledge.Tests;

/// <summary>knowledge-import.md, "Files" and the field tables: every field type in every file format.</summary>
public sealed class ImportFormatTests
{
    private const string CsvHeader = "id;title;description;provider";

    [Fact]
    public void Import_CsvWithBomQuotingListsAndDecimalComma_ReadsEveryField()
    {
        using var store = new MemoryStore();
        var csv =
            "ID;Title;Description;Provider;Categories;Keywords;ageMin;AGEMAX;schoolTypes;languages;simpleLanguage;online;accessible;" +
            "cost;lat;lon;start;end;registrationDeadline;registrationRequired;district;Lieblingsfarbe\r\n" +
            "k1;\"Kurs \"\"Rechnen\"\"; mit Pause\";\"Zeile eins\r\nZeile zwei\";VHS (Beispiel);Rechnen|Mathematik;Geld | Alltag ;16;99;IGS|BBS;de|EN;ja;nein;1;" +
            "12,50;49,75;6,64;2027-01-12;2027-03-30T18:30;2027-01-05;0;Kürenz;grün\r\n";

        var report = store.Import("kurse.csv", csv, bom: true);

        Assert.Equal(0, report.ExitCode);
        var offer = Assert.IsType<Offer>(store.Store.Find("kurse:k1"));
        Assert.Equal("Kurs \"Rechnen\"; mit Pause", offer.Title);
        Assert.Equal("Zeile eins\r\nZeile zwei", offer.Description);
        Assert.Equal(["Rechnen", "Mathematik"], offer.Categories);
        Assert.Equal(["Geld", "Alltag"], offer.Keywords);
        Assert.Equal(16, offer.AgeMin);
        Assert.Equal(99, offer.AgeMax);
        Assert.Equal(["IGS", "BBS"], offer.SchoolTypes);
        Assert.Equal(["de", "en"], offer.Languages);
        Assert.True(offer.SimpleLanguage);
        Assert.False(offer.Online);
        Assert.True(offer.Accessible);
        Assert.Equal(12.50m, offer.Cost);
        Assert.Equal(49.75, offer.Lat);
        Assert.Equal(6.64, offer.Lon);
        Assert.Equal(new DateTime(2027, 1, 12), offer.Start);
        Assert.Equal(new DateTime(2027, 3, 30, 18, 30, 0), offer.End);
        Assert.Equal(new DateOnly(2027, 1, 5), offer.RegistrationDeadline);
        Assert.False(offer.RegistrationRequired);
        Assert.Equal("Kürenz", offer.District);
        Assert.Equal("grün", offer.Extra["lieblingsfarbe"]);
    }

    [Fact]
    public void Import_JsonArray_ReadsTypedValuesAndKeepsUnknownFields()
    {
        using var store = new MemoryStore();
        var json = """
            [{ "id": 7, "Title": "Robotik-AG", "description": "Roboter bauen.", "provider": "MINT (Beispiel)",
               "categories": ["Robotik", "Programmieren"], "keywords": "Lego|Roboter", "ageMin": 10, "ageMax": "14",
               "online": true, "simpleLanguage": "nein", "cost": 0, "lat": 49.7, "start": "2027-02-01T15:00:00+01:00",
               "updated": "2026-11-02", "beispieldaten": "fiktiv", "raum": { "nr": 3 } }]
            """;

        var report = store.Import("mint.json", json);

        Assert.Equal(0, report.ExitCode);
        var offer = Assert.IsType<Offer>(store.Store.Find("mint:7"));
        Assert.Equal("Robotik-AG", offer.Title);
        Assert.Equal(["Robotik", "Programmieren"], offer.Categories);
        Assert.Equal(["Lego", "Roboter"], offer.Keywords);
        Assert.Equal(14, offer.AgeMax);
        Assert.True(offer.Online);
        Assert.False(offer.SimpleLanguage);
        Assert.Equal(0m, offer.Cost);
        Assert.Equal(new DateTime(2027, 2, 1, 15, 0, 0), offer.Start);
        Assert.Equal(new DateOnly(2026, 11, 2), offer.Updated);
        Assert.Equal(["de"], offer.Languages);
        Assert.Equal("fiktiv", offer.Extra["beispieldaten"]);
        Assert.Contains("\"nr\"", offer.Extra["raum"]);
    }

    [Fact]
    public void Import_JsonLines_ImportsEveryLineAndSkipsBlankOnes()
    {
        using var store = new MemoryStore();
        var lines = Offers.JsonLines(Offers.Valid("a"), Offers.Valid("b")) + "\n\n" + Offers.JsonLines(Offers.Valid("c"));

        var report = store.Import("apag.jsonl", lines);

        Assert.Equal(3, report.Imported);
        Assert.NotNull(store.Store.Find("apag:c"));
    }

    [Theory]
    [InlineData("ja", true)]
    [InlineData("Nein", false)]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    public void Import_CsvBooleanSpelling_IsUnderstood(string cell, bool expected)
    {
        using var store = new MemoryStore();

        store.Import("kurse.csv", $"{CsvHeader};online\nx;T;D;P;{cell}\n");

        Assert.Equal(expected, Assert.IsType<Offer>(store.Store.Find("kurse:x")).Online);
    }

    [Theory]
    [InlineData("12,50", 12.50)]
    [InlineData("12.5", 12.5)]
    [InlineData("0", 0)]
    [InlineData("-0", 0)]
    public void Import_CsvNumberWithDecimalCommaOrPoint_IsUnderstood(string cell, double expected)
    {
        using var store = new MemoryStore();

        store.Import("kurse.csv", $"{CsvHeader};cost\nx;T;D;P;{cell}\n");

        Assert.Equal((decimal)expected, Assert.IsType<Offer>(store.Store.Find("kurse:x")).Cost);
    }

    [Fact]
    public void Import_CounsellingFaqAndIndicatorFiles_ReadTheirOwnFields()
    {
        using var store = new MemoryStore();
        var folder = store.Files;
        folder.Write("beratung.json", """
            [{ "id": "b1", "name": "Bildungsberatung (Beispiel)", "topics": ["Weiterbildung"], "anonymous": "ja", "free": true,
               "appointmentRequired": false, "openingHours": "Di 9–12 Uhr", "district": "Trier-Nord" }]
            """);
        folder.Write("faq.jsonl", """{"id":"f1","question":"Was kostet die Beratung?","answer":"Nichts.","variants":["ist das kostenlos"],"topic":"Beratung"}""");
        folder.Write("till.csv", "id;name;area;year;value;unit;district\nt1;Übergangsquote;Schulen;2025;48,2;%;\n");

        var report = store.Store.Import([folder.Path]);

        Assert.Equal(0, report.ExitCode);
        var office = Assert.IsType<CounsellingOffice>(store.Store.Find("beratung:b1"));
        Assert.True(office.Anonymous);
        Assert.True(office.Free);
        Assert.False(office.AppointmentRequired);
        Assert.Equal(["Weiterbildung"], office.Topics);
        var faq = Assert.IsType<FaqEntry>(store.Store.Find("faq:f1"));
        Assert.Equal(["ist das kostenlos"], faq.Variants);
        var indicator = Assert.IsType<Indicator>(store.Store.Find("till:t1"));
        Assert.Equal(48.2m, indicator.Value);
        Assert.Equal(2025, indicator.Year);
        Assert.Null(indicator.District);
    }

    [Fact]
    public void Import_FileNameWithSuffix_BelongsToItsSource()
    {
        using var store = new MemoryStore();

        store.Import("mint-ferien.jsonl", Offers.JsonLines(Offers.Valid("f1")));

        Assert.Equal("mint", store.Store.Find("mint:f1")?.Source);
    }
}
