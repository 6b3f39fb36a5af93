using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TrierBot.Knowledge;

namespace TrierBot.Dialogs.Evaluation;

/// <summary>
/// Judges a corpus conversation from what the user saw: offer cards (their record keys), the hand-off event,
/// error texts, the register of the bot's own sentences (du / Sie / English), and words that must be mentioned.
/// </summary>
public static partial class ConversationJudge
{
    private static readonly string[] ErrorWords = ["schiefgelaufen", "went wrong", EvaluationAdapter.ExceptionMarker];

    private static readonly HashSet<string> GermanWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ich", "du", "sie", "und", "der", "die", "das", "nicht", "ist", "mit", "für", "ein", "eine", "dir", "dich", "dein", "deine",
        "ihnen", "ihre", "bitte", "gibt", "wir", "auch", "oder", "noch", "kann", "kannst", "können", "möchtest", "möchten", "habe", "hier", "schreib",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "you", "your", "the", "and", "is", "are", "for", "with", "a", "an", "can", "to", "of", "what", "here", "please", "would", "this", "that", "it", "me",
    };

    public static ConversationVerdict Judge(EvaluationConversation conversation, IReadOnlyList<IReadOnlyList<Activity>> replies)
    {
        var expect = conversation.Expect;
        var all = replies.SelectMany(r => r).ToList();
        // Record keys "<source>:<id>"; the corpus names records by id, offices included.
        var shown = all.SelectMany(RecordKeys).Distinct().ToList();
        var offers = shown.Where(IsOffer).ToList();
        var failures = new List<string>();

        if (expect.OffersAny.Count > 0 && !shown.Any(k => Matches(k, expect.OffersAny)))
        {
            failures.Add($"offers: none of [{string.Join(", ", expect.OffersAny)}] shown" + (shown.Count > 0 ? $" (shown: {string.Join(", ", shown)})" : " (nothing shown)"));
        }

        if (expect.NoFit)
        {
            // Counselling offices are the honest answer then, not a pretended fit.
            var unrelated = offers.Where(o => !Matches(o, expect.Acceptable) && !Matches(o, expect.OffersAny)).ToList();
            if (unrelated.Count > 0)
            {
                failures.Add($"noFit: unrelated offers shown ({string.Join(", ", unrelated)})");
            }
        }

        var handedOff = all.Any(a => a.Type == ActivityTypes.Event && a.Name == HandoffEventNames.InitiateHandoff);
        if (expect.Handoff is { } wanted && wanted != handedOff)
        {
            failures.Add(wanted ? "handoff: expected, none started" : "handoff: started although not wanted");
        }

        var texts = all.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text ?? "").Where(t => t.Length > 0).ToList();
        if (texts.FirstOrDefault(t => ErrorWords.Any(w => t.Contains(w, StringComparison.OrdinalIgnoreCase))) is { } error)
        {
            failures.Add($"error text: {Shorten(error)}");
        }

        // English is decided per message: what the bot said before the person first wrote English cannot be judged English.
        var judged = expect.Register == "en" ? FromFirstEnglishTurn(conversation, replies) : all;
        if (RegisterFailure(expect.Register, judged) is { } register)
        {
            failures.Add(register);
        }

        var visible = string.Join("\n", all.Select(VisibleText));
        foreach (var word in expect.MustMention.Where(w => !visible.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add($"mustMention: \"{word}\" not mentioned");
        }

        return new ConversationVerdict(conversation, replies, shown, failures);
    }

    private static List<Activity> FromFirstEnglishTurn(EvaluationConversation conversation, IReadOnlyList<IReadOnlyList<Activity>> replies)
    {
        var first = conversation.Turns.Select((text, index) => (text, index)).FirstOrDefault(t => IsEnglish(t.text)).index;
        return [.. replies.Skip(first).SelectMany(r => r)];
    }

    public static bool IsEnglish(string text)
    {
        var words = Words().Matches(text).Select(m => m.Value).ToList();
        var english = words.Count(EnglishWords.Contains);
        return english > words.Count(GermanWords.Contains) && english >= 1;
    }

    private static bool IsOffer(string key) => KnowledgeSources.OfferSources.Any(source => key.StartsWith(source + ":", StringComparison.Ordinal));

    /// <summary>A key matches an id of the corpus by its id part, or as a whole.</summary>
    private static bool Matches(string key, IEnumerable<string> ids)
        => ids.Any(id => string.Equals(key, id, StringComparison.OrdinalIgnoreCase) || key.EndsWith(":" + id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Record keys of the cards in <paramref name="activity"/>: offers and counselling offices.</summary>
    public static IEnumerable<string> RecordKeys(Activity activity)
    {
        foreach (var card in activity.Attachments?.Select(a => a.Content).OfType<HeroCard>() ?? [])
        {
            foreach (var button in card.Buttons ?? [])
            {
                var value = button.Value as JObject ?? (button.Value is string s && s.TrimStart().StartsWith('{') ? JObject.Parse(s) : null);
                if (value?["action"]?.Value<string>() == "details" && value["id"]?.Value<string>() is { } key)
                {
                    yield return key;
                }
            }
        }
    }

    /// <summary>The register of the bot's own sentences: its message texts and its card lines (not the offers' titles).</summary>
    private static string? RegisterFailure(string? register, List<Activity> activities)
    {
        var messages = activities.Where(a => a.Type == ActivityTypes.Message).ToList();
        switch (register)
        {
            case "du":
                return messages.SelectMany(OwnSentences).FirstOrDefault(IsSie) is { } sie ? $"register: \"Sie\" where \"du\" was expected: {Shorten(sie)}" : null;
            case "Sie":
                return messages.SelectMany(OwnSentences).FirstOrDefault(IsDu) is { } du ? $"register: \"du\" where \"Sie\" was expected: {Shorten(du)}" : null;
            case "en":
                // Only the message texts: cards quote the offers' German data.
                return messages.Select(m => m.Text ?? "").FirstOrDefault(IsGerman) is { } german ? $"register: German where English was expected: {Shorten(german)}" : null;
            default:
                return null;
        }
    }

    private static IEnumerable<string> OwnSentences(Activity message)
    {
        if (!string.IsNullOrWhiteSpace(message.Text))
        {
            yield return message.Text;
        }

        foreach (var card in message.Attachments?.Select(a => a.Content).OfType<HeroCard>() ?? [])
        {
            if (!string.IsNullOrWhiteSpace(card.Text))
            {
                yield return card.Text;
            }
        }
    }

    public static bool IsDu(string text) => DuWords().IsMatch(text);

    /// <summary>"Ihnen", "Ihre" …, or "Sie" inside a sentence (at its start it may mean "she").</summary>
    public static bool IsSie(string text) => SieWords().IsMatch(text) || SieInside().IsMatch(text);

    public static bool IsGerman(string text)
    {
        var words = Words().Matches(text).Select(m => m.Value).ToList();
        var german = words.Count(GermanWords.Contains);
        var english = words.Count(EnglishWords.Contains);
        return german > english && german >= 2;
    }

    private static string VisibleText(Activity activity)
    {
        var parts = new List<string?> { activity.Text };
        foreach (var card in activity.Attachments?.Select(a => a.Content).OfType<HeroCard>() ?? [])
        {
            parts.Add(card.Title);
            parts.Add(card.Subtitle);
            parts.Add(card.Text);
        }

        parts.AddRange(activity.SuggestedActions?.Actions?.Select(a => a.Title) ?? []);
        return string.Join("\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    private static string Shorten(string text) => text.Length <= 90 ? text.Replace('\n', ' ') : text[..90].Replace('\n', ' ') + "…";

    [GeneratedRegex(@"\b(?:[Dd]u|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b")]
    private static partial Regex DuWords();

    [GeneratedRegex(@"\b(?:Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")]
    private static partial Regex SieWords();

    [GeneratedRegex(@"(?<=\p{L},?\s+)Sie\b")]
    private static partial Regex SieInside();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
