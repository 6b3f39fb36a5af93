using System.Globalization;
using Microsoft.Bot.Builder;

namespace TrierBot.Hosting;

/// <summary>
/// Swaps the culture the SDK sets for each turn for the shared, cached one of the same name. The SDK's
/// <see cref="BotAdapter"/> creates a <c>new CultureInfo(activity.Locale)</c> every turn, so every
/// culture-sensitive call in the turn (number formatting in Microsoft.Recognizers.Text, for one) built its
/// number format and collation data through ICU afresh.
/// </summary>
public sealed class SharedCultureMiddleware : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var culture = CultureInfo.CurrentCulture;
        if (!culture.IsReadOnly && culture.Name.Length > 0)
        {
            // Flows with the turn's async calls, as the SDK's own setting does.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture.Name);
        }

        return next(cancellationToken);
    }
}
