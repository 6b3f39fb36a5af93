namespace TrierBot.Knowledge;

/// <summary>The 19 Ortsbezirke of Trier, spelled as the demo data and the recognizer use them.</summary>
public static class Districts
{
    public static readonly IReadOnlyList<string> All =
    [
        "Trier-Mitte/Gartenfeld", "Trier-Nord", "Trier-Süd", "Ehrang/Quint", "Pfalzel", "Biewer",
        "Ruwer/Eitelsbach", "Trier-West/Pallien", "Euren", "Zewen", "Olewig", "Kürenz", "Tarforst",
        "Filsch", "Irsch", "Kernscheid", "Feyen/Weismark", "Heiligkreuz", "Mariahof",
    ];
}
