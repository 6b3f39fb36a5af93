using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Conversations;

/// <summary>What the education counselling dialog says.</summary>
public static class CounsellingTexts
{
    public static readonly RegisterText AskSubject = new(
        "Worum geht es dir – Weiterbildung, Umschulung, Anerkennung eines Abschlusses oder Förderung?",
        "Worum geht es – Weiterbildung, Umschulung, Anerkennung eines Abschlusses oder Förderung?",
        "What is it about – further training, retraining, recognition of a qualification or funding?");
    public static readonly LocalizedText FurtherTraining = new("Weiterbildung", "Further training");
    public static readonly LocalizedText Retraining = new("Umschulung", "Retraining");
    public static readonly LocalizedText Recognition = new("Anerkennung ausländischer Abschlüsse", "Recognition of foreign qualifications");
    public static readonly LocalizedText Funding = new("Förderung / Bildungsgutschein", "Funding / education voucher");

    public const string GeneralOffice = "Bildungsberatung";
}
