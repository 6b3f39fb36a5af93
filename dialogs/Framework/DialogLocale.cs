using Microsoft.Bot.Builder;

namespace TrierBot.Dialogs.Framework;

/// <summary>
/// The culture prompts recognize in ("de-de", "en-us"). The bot sets it per turn from the language it
/// remembers for the conversation; otherwise the activity's locale decides, German by default.
/// </summary>
public static class DialogLocale
{
    public const string German = "de-de";
    public const string English = "en-us";

    public static void Set(ITurnContext turnContext, string locale) => TurnValues.Of(turnContext).Locale = locale;

    public static string Get(ITurnContext turnContext)
    {
        if (TurnValues.Find(turnContext)?.Locale is { } locale)
        {
            return locale;
        }

        return turnContext.Activity.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? English : German;
    }

    public static bool IsEnglish(ITurnContext turnContext) => Get(turnContext) == English;
}
