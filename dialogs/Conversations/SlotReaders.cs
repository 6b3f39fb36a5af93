using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.State;
using TrierBot.Knowledge;

namespace TrierBot.Dialogs.Conversations;

/// <summary>The ways a slot is read from any message, shared by the topic descriptors.</summary>
public static class SlotReaders
{
    /// <summary>
    /// The age of the person it is for; a bare number only where it was asked or corrected ("ne 15 sorry"). A named
    /// age outside the topic's range is kept too ("sie ist 2"): the search then says honestly that nothing fits.
    /// </summary>
    public static SlotReader Age(int min, int max) => (message, profile, asked) =>
    {
        // after offers, a message that is only a number ("24") says the age that was not known yet (before, "3" may pick a menu entry)
        var alone = profile.Age is null && profile.Shown && message.BareNumber is { } n && message.Normalized == n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var age = message.Age ?? (asked || alone || (profile.Age is not null && message.Correction) ? message.BareNumber : null);
        var plausible = message.Age is not null ? age is >= 1 and <= 99 : age >= min && age <= max;
        if (age is not { } a || !plausible || a == profile.Age)
        {
            return null;
        }

        profile.Age = a;
        return a.ToString(System.Globalization.CultureInfo.InvariantCulture);
    };

    public static string? District(MessageReading message, SearchProfile profile, bool asked)
    {
        if (message.District is { } district && district != profile.District)
        {
            profile.District = district;
            return district;
        }

        if (asked && message.NoPreference && profile.District is null)
        {
            profile.District = SearchProfile.Any;
            return SearchProfile.Any;
        }

        return null;
    }

    /// <summary>Interests among <paramref name="categories"/>; a correction ("doch lieber Pflege", "physik, nicht chemie") replaces them.</summary>
    public static SlotReader Interests(IReadOnlyList<string> categories) => (message, profile, asked) =>
    {
        var named = message.Categories.Where(categories.Contains).ToList();
        if (named.Count == 0)
        {
            if (asked && (message.NoPreference || message.DontKnow) && profile.Interests.Count == 0)
            {
                profile.Interests = [SearchProfile.Any];
                return SearchProfile.Any;
            }

            return null;
        }

        // "physik, nicht chemie": the first one named is meant
        var replaced = message.Correction || profile.Interests.Contains(SearchProfile.Any);
        var interests = replaced ? named.Take(1).ToList() : [.. profile.Interests.Union(named)];
        if (interests.SequenceEqual(profile.Interests))
        {
            return null;
        }

        profile.Interests = interests;
        return string.Join(", ", named);
    };

    public static string? Path(MessageReading message, SearchProfile profile, bool asked)
    {
        if (message.Categories.FirstOrDefault(t => t is Categories.Ausbildung or Categories.Studium or Categories.Praktikum) is { } path && path != profile.Path)
        {
            profile.Path = path;
            return path;
        }

        return null;
    }

    public static string? School(MessageReading message, SearchProfile profile, bool asked)
    {
        var choice = ChoiceMatcher.FindBest(MessageReader.WithoutEmoji(message.Utterance.Text), CareerOrientationTopic.SchoolChoices(false));
        if (choice is { Score: >= 0.9 } && (asked || message.Normalized.Split(' ').Length > 2) && choice.Value != profile.SchoolType)
        {
            profile.SchoolType = choice.Value;
            return choice.Value;
        }

        return null;
    }

    /// <summary>Time wishes ("abends", "am Wochenende") and date windows ("in den Osterferien", "nächste Woche").</summary>
    public static string? When(MessageReading message, SearchProfile profile, bool asked)
    {
        var changed = false;
        if (message.Times != Understanding.TimeOfWeek.None)
        {
            var times = message.Times.ToString().Split(", ").ToList();
            if (!times.SequenceEqual(profile.Times))
            {
                profile.Times = times;
                changed = true;
            }
        }

        if (message.Dates is { } dates && (dates.Start != profile.From || dates.End != profile.To))
        {
            profile.From = dates.Start;
            profile.To = dates.End;
            changed = true;
        }

        if (!changed && asked && message.NoPreference)
        {
            profile.Times = [SearchProfile.Any];
            changed = true;
        }

        return changed ? "when" : null;
    }

    public static string? GirlsOnly(MessageReading message, SearchProfile profile, bool asked)
    {
        if (message.GirlsOnly && profile.GirlsOnly != true)
        {
            profile.GirlsOnly = true;
            return "girls";
        }

        if (asked && (message.Yes || message.No) && profile.GirlsOnly is null)
        {
            profile.GirlsOnly = message.Yes;
            return message.Yes ? "girls" : "mixed";
        }

        return null;
    }

    public static string? ForWhom(MessageReading message, SearchProfile profile, bool asked)
    {
        if (message.ForWhom is { } person && person != profile.ForWhom)
        {
            profile.ForWhom = person;
            profile.Gender = message.Gender ?? profile.Gender;
            return person;
        }

        if (message.Gender is { } gender && Persons.IsSomeoneElse(profile.ForWhom) && profile.Gender is null)
        {
            profile.Gender = gender;
        }

        return null;
    }

    /// <summary>A subject among <paramref name="subjects"/> ("Schreiben" counts as reading and writing).</summary>
    public static SlotReader Subject(IReadOnlyList<string> subjects) => (message, profile, asked) =>
    {
        if (message.Categories.FirstOrDefault(subjects.Contains) is { } subject)
        {
            subject = subject == Categories.Schreiben ? Categories.Lesen : subject;
            if (subject != profile.Subject)
            {
                profile.Subject = subject;
                return subject;
            }

            return null;
        }

        if (asked && (message.NoPreference || message.DontKnow) && profile.Subject is null)
        {
            profile.Subject = SearchProfile.Any;
            return SearchProfile.Any;
        }

        return null;
    };
}
