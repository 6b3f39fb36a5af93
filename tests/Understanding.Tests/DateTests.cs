namespace TrierBot.Understanding.Tests;

[Collection(RecognizerCollection.Name)]
public sealed class DateTests(RecognizerFixture fixture)
{
    // reference: Friday 27 November 2026; holidays: RecognizerFixture.TestHolidays
    [Theory]
    [InlineData("gibt es was in den herbstferien", "2027-10-11", "2027-10-23")]
    [InlineData("praktikum in den osterferien", "2027-03-29", "2027-04-10")]
    [InlineData("osterferien", "2027-03-29", "2027-04-10")]
    [InlineData("was kann man in den sommerferien machen", "2027-07-05", "2027-08-14")]
    [InlineData("in den weihnachtsferien", "2026-12-21", "2027-01-07")]
    [InlineData("in den ferien", "2026-12-21", "2027-01-07")]
    [InlineData("herbstferien 2026", "2026-10-05", "2026-10-17")]
    [InlineData("in den herbstfreien", "2027-10-11", "2027-10-23")]
    [InlineData("sommer ferien", "2027-07-05", "2027-08-14")]
    [InlineData("anything during the summer holidays", "2027-07-05", "2027-08-14")]
    public void Recognize_HolidayPhrase_ConfiguredDates(string text, string start, string end)
    {
        var date = Assert.Single(fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities.Date);

        Assert.Equal(DateTime.Parse(start), date.Start);
        Assert.Equal(DateTime.Parse(end), date.End);
        Assert.StartsWith($"({start},{end},P", date.Timex);
    }

    [Fact]
    public void Recognize_HolidaysRunningNow_TheRunningOnes()
    {
        var date = Assert.Single(fixture.Recognizer.Recognize("in den ferien", new DateTime(2027, 3, 31)).Entities.Date);

        Assert.Equal(new DateTime(2027, 3, 29), date.Start);
    }

    [Theory]
    [InlineData("nächsten samstag", "2026-12-05", "2026-12-06")]
    [InlineData("am wochenende", "2026-11-28", "2026-11-30")]
    [InlineData("im dezember", "2026-12-01", "2027-01-01")]
    [InlineData("gibt es im januar einen sprachkurs", "2027-01-01", "2027-02-01")]
    [InlineData("zwischen 12. und 14. märz", "2027-03-12", "2027-03-14")]
    [InlineData("next saturday", "2026-12-05", "2026-12-06")]
    public void Recognize_DateExpression_ResolvedRange(string text, string start, string end)
    {
        var date = Assert.Single(fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities.Date);

        Assert.Equal(DateTime.Parse(start), date.Start);
        Assert.Equal(DateTime.Parse(end), date.End);
    }

    // Recognizers.Text reads only the stretch around the date words: in a long message the phrase must still resolve whole
    [Theory]
    [InlineData("hi ich bin 15 und such was zum basteln für nächsten samstag wenn das geht", "2026-12-05", "2026-12-06")]
    [InlineData("gibt es zwischen 12. und 14. märz einen workshop für meine tochter sie ist 11", "2027-03-12", "2027-03-14")]
    [InlineData("mein sohn ist 15 und will was mit handwerk machen, am liebsten am wochenende", "2026-11-28", "2026-11-30")]
    [InlineData("ich suche für meine klientin einen deutschkurs der am 11. januar in der innenstadt anfängt", "2027-01-11", "2027-01-12")]
    [InlineData("my son is 14, is there anything for him next saturday in trier", "2026-12-05", "2026-12-06")]
    [InlineData("we are looking for a coding course for teenagers in december near the city centre", "2026-12-01", "2027-01-01")]
    public void Recognize_DatePhraseInLongMessage_ResolvedRange(string text, string start, string end)
    {
        var date = Assert.Single(fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities.Date);

        Assert.Equal(DateTime.Parse(start), date.Start);
        Assert.Equal(DateTime.Parse(end), date.End);
    }

    [Theory]
    [InlineData("mein sohn ist 15 und will was mit handwerk machen, am liebsten nachmittags", "TAF")]
    [InlineData("hallo ich würde gern mit meiner tochter was machen so samstagnachmittag", "XXXX-WXX-6TAF")]
    [InlineData("can my daughter join the robotics club on friday afternoons", "XXXX-WXX-5TAF")]
    public void Recognize_TimeOfDayInLongMessage_Timex(string text, string timex)
    {
        Assert.Equal(timex, Assert.Single(fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities.Date).Timex);
    }

    [Theory]
    [InlineData("ich bin 16 und suche ein praktikum in kürenz in den herbstferien", "2027-10-11", "2027-10-23")]
    [InlineData("my daughter is 13 and wants to do something with robots in the autumn holidays", "2027-10-11", "2027-10-23")]
    public void Recognize_HolidayPhraseInLongMessage_ConfiguredDates(string text, string start, string end)
    {
        var date = Assert.Single(fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities.Date);

        Assert.Equal(DateTime.Parse(start), date.Start);
        Assert.Equal(DateTime.Parse(end), date.End);
    }

    [Theory]
    [InlineData("mein sohn ist 15 und will was mit handwerk machen, am liebsten nachmittags", 15, "machen, am liebsten nachmittags")]
    [InlineData("zwischen 12. und 14. märz", 0, "zwischen 12. und 14. märz")]
    [InlineData("gibt es nächsten samstag einen robotik kurs für kinder", 0, "gibt es nächsten samstag einen")]
    [InlineData("meine tochter ist 12 und mag technik", 12, null)]
    public void DateStretch_Message_OnlyTheWordsAroundTheDate(string text, int age, string? stretch)
    {
        Assert.Equal(stretch, DateExtractor.DateStretch(text, age > 0 ? [age] : []));
    }

    [Theory]
    [InlineData("nachmittags", "TAF")]
    [InlineData("morgen nachmittag", "2026-11-28TAF")]
    [InlineData("kurs um 16 uhr", "T16")]
    public void Recognize_TimeOfDay_Timex(string text, string timex)
    {
        Assert.Equal(timex, Assert.Single(fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities.Date).Timex);
    }

    [Theory]
    [InlineData("ich bin 16")]
    [InlineData("meine tochter ist 12 und mag technik")]
    [InlineData("ich kan nich gut lesen")]
    public void Recognize_NoDateWords_NoDate(string text)
    {
        Assert.Empty(fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities.Date);
    }

    // the shipped table (schoolholidays.json, checked against published RLP calendars), reference Friday 27 November 2026
    [Theory]
    [InlineData("in den herbstferien", "2027-10-04", "2027-10-16")]
    [InlineData("in den weihnachtsferien", "2026-12-23", "2027-01-09")]
    [InlineData("osterferien", "2027-03-22", "2027-04-03")]
    [InlineData("in den sommerferien", "2027-06-28", "2027-08-07")]
    [InlineData("herbstferien 2026", "2026-10-05", "2026-10-17")]
    [InlineData("osterferien 2028", "2028-04-10", "2028-04-22")]
    [InlineData("sommerferien 2028", "2028-07-03", "2028-08-12")]
    [InlineData("in den ferien", "2026-12-23", "2027-01-09")]
    public void Resolve_ShippedTable_PublishedRlpDates(string text, string start, string end)
    {
        var resolver = new SchoolHolidayResolver(UtteranceRecognizer.LoadDefaultHolidays());

        var date = Assert.Single(resolver.Resolve(TextNormalizer.Tokens(TextNormalizer.Fold(text)), RecognizerFixture.Now));

        Assert.Equal(DateTime.Parse(start), date.Start);
        Assert.Equal(DateTime.Parse(end), date.End);
    }

    [Fact]
    public void LoadDefaultHolidays_ShippedFile_NoWinterOrPfingstferienSince2025()
    {
        // Rheinland-Pfalz dropped them from the school year 2024/25 on
        Assert.DoesNotContain(UtteranceRecognizer.LoadDefaultHolidays(), h => h.Name is "Winterferien" or "Pfingstferien");
    }

    [Fact]
    public void LoadDefaultHolidays_ShippedFile_HasEveryKindOfHoliday()
    {
        var holidays = TrierBot.Understanding.UtteranceRecognizer.LoadDefaultHolidays();

        Assert.Contains(holidays, h => h.Name == "Herbstferien" && h.Start < h.End);
        Assert.Contains(holidays, h => h.Name == "Sommerferien");
        Assert.Contains(holidays, h => h.Name == "Osterferien");
    }
}
