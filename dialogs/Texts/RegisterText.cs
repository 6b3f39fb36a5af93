namespace TrierBot.Dialogs.Texts;

/// <summary>A text with "du", "Sie" and English wording; the conversation's register picks one.</summary>
public sealed record RegisterText(string Du, string Sie, string En)
{
    public string In(Register register) => register switch
    {
        Register.English => En,
        Register.Sie => Sie,
        _ => Du,
    };

    /// <summary>The "du" or English text, as a <see cref="LocalizedText"/> gives it.</summary>
    public string In(bool english) => english ? En : Du;

    public string Format(Register register, params object?[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, In(register), args);
}
