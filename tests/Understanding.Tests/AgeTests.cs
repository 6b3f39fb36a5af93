namespace TrierBot.Understanding.Tests;

[Collection(RecognizerCollection.Name)]
public sealed class AgeTests(RecognizerFixture fixture)
{
    [Theory]
    [InlineData("meine tochter ist 12", 12)]
    [InlineData("ich bin 16", 16)]
    [InlineData("bin 15 jahre", 15)]
    [InlineData("16 j", 16)]
    [InlineData("16j und suche praktikum", 16)]
    [InlineData("i'm 17", 17)]
    [InlineData("I am 15 years old", 15)]
    [InlineData("mein sohn, 14, sucht was mit technik", 14)]
    [InlineData("für meine 13-jährige Tochter", 13)]
    [InlineData("ich bin sechzehn", 16)]
    [InlineData("Meine Klientin ist 19 und sucht eine Ausbildung.", 19)]
    [InlineData("was kann ich mit 16 machen", 16)]
    [InlineData("ich bin grad 15.", 15)]
    [InlineData("alter: 45", 45)]
    [InlineData("Ich bin 20. Was mache ich jetzt?", 20)]
    [InlineData("ich suche einen Kitaplatz für meine Tochter, sie ist 2", 2)]
    [InlineData("ich frage für einen Klienten (17, ohne Schulabschluss)", 17)]
    [InlineData("Hello, my mother (68) just got her first smartphone", 68)]
    [InlineData("seine kleine Schwester Emma, 7. Die ist am liebsten im Wald", 7)]
    [InlineData("54295, Heiligkreuz, 52 Jahre", 52)]
    [InlineData("geht das auch wenn man 12 is? ne warte bin ja erst 11", 11)]
    public void Recognize_AgeMentioned_Age(string text, int age)
    {
        Assert.Equal([age], fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities.Age);
    }

    [Theory]
    [InlineData("eine Jugendgruppe (8 Jugendliche zwischen 14 und 16) in Trier-Nord", 14)]
    [InlineData("Kinder von 8 bis 10 Jahren", 8)]
    [InlineData("für 12-14 jährige", 12)]
    public void Recognize_AgeRange_TheYoungestAndNoDate(string text, int age)
    {
        var entities = fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities;

        Assert.Equal([age], entities.Age);
        Assert.Empty(entities.Date);
    }

    [Theory]
    [InlineData("Wir sind 22 Kinder. Geht das als Gruppe?")]
    [InlineData("Ich war lange zu Hause bei den Kindern, fast 20 Jahre.")]
    public void Recognize_HeadCountOrDuration_NoAge(string text)
    {
        Assert.Empty(fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities.Age);
    }

    [Fact]
    public void Recognize_TwoChildren_BothAges()
    {
        Assert.Equal([8, 11], fixture.Recognizer.Recognize("meine kinder sind 8 und 11", RecognizerFixture.Now).Entities.Age);
    }

    [Theory]
    [InlineData("ich bin in der 10. klasse")]
    [InlineData("bin 10. klasse")]
    [InlineData("ich bin 9 klasse")]
    [InlineData("deutschkurs B1")]
    [InlineData("ist der kurs b1 oder b2")]
    [InlineData("3d drucker kurs")]
    [InlineData("praktikum 2027")]
    [InlineData("kurs um 16 uhr")]
    [InlineData("ist 16:30 ok")]
    [InlineData("der kurs ist 12 euro")]
    [InlineData("kostet 12€")]
    [InlineData("ruf an unter 0651 9990-1234")]
    [InlineData("ich wohne seit 12 jahren in trier")]
    [InlineData("der kurs ist 12.03.")]
    [InlineData("mit 2 kindern")]
    [InlineData("ich bin im 3. stock")]
    public void Recognize_NumberThatIsNoAge_NoAge(string text)
    {
        Assert.Empty(fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities.Age);
    }
}
