using Microsoft.Bot.Builder;
using TrierBot.Dialogs.Conversations;
using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.State;
using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Monitoring;

/// <summary>
/// Where a guided search ends, the engine leaves one <see cref="DemandRecord"/> in the turn (<see cref="SearchEnded"/>);
/// the host's monitoring middleware writes it after the turn, off the turn's path (docs/monitoring.md). Only fixed
/// vocabulary is copied out of the profile: the person's own words never leave it.
/// </summary>
public static class DemandSignal
{
    private const string TurnKey = "TrierBot.Monitoring.EndedSearch";

    /// <summary>The search of <paramref name="profile"/> ended with <paramref name="found"/> offers shown (0: nothing fits).</summary>
    public static void SearchEnded(ITurnContext turnContext, SearchProfile profile, int found)
        => turnContext.TurnState[TurnKey] = Describe(turnContext, profile, found, handoff: false);

    /// <summary>The record the turn left, or null when no search ended in it.</summary>
    public static DemandRecord? EndedIn(ITurnContext turnContext)
        => turnContext.TurnState.TryGetValue(TurnKey, out var value) ? value as DemandRecord : null;

    /// <summary>The anonymous record of <paramref name="profile"/>; the month is stamped when it is written.</summary>
    public static DemandRecord Describe(ITurnContext turnContext, SearchProfile profile, int? found, bool handoff) => new()
    {
        Topic = TopicCatalog.Find(profile.Topic)?.Intent ?? DemandVocabulary.Unknown,
        AgeBand = AgeBands.Of(profile.Age),
        District = DistrictOf(profile),
        TimeWishes = TimeWishesOf(profile),
        Categories = [.. new[] { profile.Subject, profile.Path }.Concat(profile.Interests).OfType<string>()
            .Select(c => Categories.All.FirstOrDefault(k => string.Equals(k, c, StringComparison.OrdinalIgnoreCase))).OfType<string>().Distinct().Order(StringComparer.Ordinal)],
        Found = found,
        Handoff = handoff,
        Language = DialogLocale.IsEnglish(turnContext) ? "en" : "de",
        Channel = ChannelOf(turnContext.Activity.ChannelId),
    };

    private static string DistrictOf(SearchProfile profile)
    {
        if (Districts.All.FirstOrDefault(d => string.Equals(d, profile.District, StringComparison.OrdinalIgnoreCase)) is { } district)
        {
            return district;
        }

        return profile.Words.Contains("online", StringComparer.OrdinalIgnoreCase) ? DemandVocabulary.Online : DemandVocabulary.Unknown;
    }

    private static List<string> TimeWishesOf(SearchProfile profile)
    {
        var wish = profile.Times.Aggregate(TimeOfWeek.None, (all, t) => Enum.TryParse<TimeOfWeek>(t, out var w) ? all | w : all);
        var wishes = new List<string>();
        if (profile.From is not null && profile.Words.Any(w => w.Contains("ferien", StringComparison.OrdinalIgnoreCase) || w.Contains("holiday", StringComparison.OrdinalIgnoreCase)))
        {
            wishes.Add(DemandVocabulary.Holidays);
        }

        if ((wish & TimeOfWeek.Afternoon) != 0) wishes.Add(DemandVocabulary.Afternoons);
        if ((wish & TimeOfWeek.Evening) != 0) wishes.Add(DemandVocabulary.Evenings);
        if ((wish & TimeOfWeek.Weekend) != 0) wishes.Add(DemandVocabulary.Weekends);
        return wishes;
    }

    /// <summary>Channel ids are the SDK's short names; anything unexpected is not copied.</summary>
    private static string ChannelOf(string? channelId)
        => channelId is { Length: > 0 and <= 24 } id && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? id.ToLowerInvariant() : DemandVocabulary.Unknown;
}
