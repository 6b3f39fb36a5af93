namespace TrierBot.Dialogs.Texts;

/// <summary>A text in German and English; the conversation's language picks one.</summary>
public sealed record LocalizedText(string De, string En)
{
    public string In(bool english) => english ? En : De;

    public string Format(bool english, params object?[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, In(english), args);
}
