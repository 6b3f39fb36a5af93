using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Conversations;

/// <summary>What the education counselling dialog says.</summary>
public static class CounsellingTexts
{
    public static readonly LocalizedText AskSubject = new("Worum geht es dir?", "What is it about?");
    public static readonly LocalizedText RetrySubject = new("Wähle bitte ein Thema aus der Liste – oder „Etwas anderes“.", "Please pick a topic from the list – or \"Something else\".");
    public static readonly LocalizedText FurtherTraining = new("Weiterbildung", "Further training");
    public static readonly LocalizedText Retraining = new("Umschulung", "Retraining");
    public static readonly LocalizedText Recognition = new("Anerkennung ausländischer Abschlüsse", "Recognition of foreign qualifications");
    public static readonly LocalizedText Funding = new("Förderung / Bildungsgutschein", "Funding / education voucher");
    public static readonly LocalizedText SomethingElse = new("Etwas anderes", "Something else");
    public static readonly LocalizedText OfficeIntro = new(
        "Dafür ist diese Beratungsstelle da. Die Beratung hilft dir persönlich weiter:",
        "This counselling office is there for exactly that. They will help you in person:");

    public const string GeneralOffice = "Bildungsberatung";
    public const string Other = "Other";
}
