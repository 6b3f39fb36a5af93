using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace TrierBot.Dialogs.Framework;

/// <summary>
/// The Microsoft.Recognizers.Text models the prompts use, built once per culture and shared: building
/// one costs ~200 ms, using one a few milliseconds. Models are stateless after construction.
/// </summary>
public static class TextRecognizers
{
    private static readonly Lazy<IModel> GermanNumbers = new(() => new NumberRecognizer(NumberOptions.None).GetNumberModel(Culture.German));
    private static readonly Lazy<IModel> EnglishNumbers = new(() => new NumberRecognizer(NumberOptions.None).GetNumberModel(Culture.English));
    private static readonly Lazy<IModel> GermanAges = new(() => new NumberWithUnitRecognizer(NumberWithUnitOptions.None).GetAgeModel(Culture.German));
    private static readonly Lazy<IModel> EnglishAges = new(() => new NumberWithUnitRecognizer(NumberWithUnitOptions.None).GetAgeModel(Culture.English));
    private static readonly Lazy<DateTimeModel> GermanDates = new(() => new DateTimeRecognizer(DateTimeOptions.None).GetDateTimeModel(Culture.German));
    private static readonly Lazy<DateTimeModel> EnglishDates = new(() => new DateTimeRecognizer(DateTimeOptions.None).GetDateTimeModel(Culture.English));

    /// <summary>Builds every model now, so the first user does not wait (call at start-up).</summary>
    public static void Warmup()
    {
        foreach (var locale in new[] { DialogLocale.German, DialogLocale.English })
        {
            Numbers(locale).Parse("1");
            Ages(locale).Parse("1");
            Dates(locale).Parse("1", DateTime.Now);
        }
    }

    public static IModel Numbers(string locale) => IsEnglish(locale) ? EnglishNumbers.Value : GermanNumbers.Value;

    public static IModel Ages(string locale) => IsEnglish(locale) ? EnglishAges.Value : GermanAges.Value;

    public static DateTimeModel Dates(string locale) => IsEnglish(locale) ? EnglishDates.Value : GermanDates.Value;

    private static bool IsEnglish(string locale) => locale.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
