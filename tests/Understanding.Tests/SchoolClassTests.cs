namespace TrierBot.Understanding.Tests;

[Collection(RecognizerCollection.Name)]
public sealed class SchoolClassTests(RecognizerFixture fixture)
{
    [Theory]
    [InlineData("ich bin in der 10. klasse", 10)]
    [InlineData("bin 10. klasse und such ein praktikum", 10)]
    [InlineData("klasse 9 gymnasium", 9)]
    [InlineData("mein sohn geht in die 8te klasse", 8)]
    [InlineData("ich bin in der 10 und weiss nich was ich machen soll", 10)]
    [InlineData("was kann ich nach der 9 machen", 9)]
    [InlineData("meine tochter ist in der zehnten klasse", 10)]
    [InlineData("praktikum für meine 9er", 9)]
    [InlineData("jahrgangsstufe 11", 11)]
    [InlineData("my son is in year 10", 10)]
    [InlineData("i'm in 9th grade", 9)]
    [InlineData("ich bin Zehntklässler", 10)]
    public void Recognize_ClassMentioned_SchoolClass(string text, int level)
    {
        Assert.Equal([level], fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities.SchoolClass);
    }

    [Theory]
    [InlineData("ich bin 16")]
    [InlineData("kurs um 10 uhr")]
    [InlineData("deutsch stufe 2")]
    [InlineData("ich wohne seit 10 jahren in trier")]
    [InlineData("in der 10. woche")]
    [InlineData("eine 10er karte")]
    [InlineData("klasse kurs danke")]
    public void Recognize_NoClassLevel_NoSchoolClass(string text)
    {
        Assert.Empty(fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities.SchoolClass);
    }

    [Fact]
    public void Recognize_ClassAndAge_BothKeptApart()
    {
        var entities = fixture.Recognizer.Recognize("mein sohn ist 15 und in der 9. klasse", RecognizerFixture.Now).Entities;

        Assert.Equal([15], entities.Age);
        Assert.Equal([9], entities.SchoolClass);
    }

    [Fact]
    public void Recognize_ClassLevel_StartsNoDate()
    {
        Assert.Empty(fixture.Recognizer.Recognize("ich bin in der 10. klasse", RecognizerFixture.Now).Entities.Date);
    }
}
