namespace TrierBot.Knowledge;

/// <summary>
/// The topic vocabulary shared by the demo data (<c>categories</c>), the recognizer's <c>topic</c>
/// entity and the dialogs' interest choices. Source databases may use other words; the search
/// still finds them through the text, these only sharpen ranking and filters.
/// </summary>
public static class Categories
{
    // career and study orientation (interests)
    public const string Handwerk = "Handwerk";
    public const string Soziales = "Soziales";
    public const string TechnikIt = "Technik/IT";
    public const string Gesundheit = "Gesundheit";
    public const string Pflege = "Pflege";
    public const string Wirtschaft = "Wirtschaft";
    public const string Kreatives = "Kreatives";
    public const string Natur = "Natur";
    // kinds of orientation offers
    public const string Ausbildung = "Ausbildung";
    public const string Studium = "Studium";
    public const string Praktikum = "Praktikum";
    public const string Bewerbung = "Bewerbung";
    public const string Freiwilligendienst = "Freiwilligendienst";
    // MINT
    public const string Robotik = "Robotik";
    public const string Programmieren = "Programmieren";
    public const string Experimente = "Experimente";
    public const string Mathematik = "Mathematik";
    public const string Astronomie = "Astronomie";
    // basic education
    public const string Lesen = "Lesen";
    public const string Schreiben = "Schreiben";
    public const string Rechnen = "Rechnen";
    public const string Digitales = "Digitales";
    // other courses and counselling
    public const string Sprachen = "Sprachen";
    public const string Weiterbildung = "Weiterbildung";
    public const string Umschulung = "Umschulung";
    public const string Anerkennung = "Anerkennung";
    public const string Foerderung = "Förderung";

    public static readonly IReadOnlyList<string> All =
    [
        Handwerk, Soziales, TechnikIt, Gesundheit, Pflege, Wirtschaft, Kreatives, Natur,
        Ausbildung, Studium, Praktikum, Bewerbung, Freiwilligendienst,
        Robotik, Programmieren, Experimente, Mathematik, Astronomie,
        Lesen, Schreiben, Rechnen, Digitales,
        Sprachen, Weiterbildung, Umschulung, Anerkennung, Foerderung,
    ];
}
