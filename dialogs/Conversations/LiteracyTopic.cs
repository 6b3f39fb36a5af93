using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.State;
using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Conversations;

/// <summary>Lesen, Schreiben, Rechnen (Grundbildung), in einfacher Sprache and with "Sie": what to learn decides; times and place refine.</summary>
public static class LiteracyTopic
{
    public static readonly IReadOnlyList<string> Subjects = [Categories.Lesen, Categories.Schreiben, Categories.Rechnen, Categories.Digitales];

    public static readonly TopicDescriptor Descriptor = new()
    {
        Intent = IntentNames.Literacy,
        MenuLabel = MainTexts.TopicLiteracy,
        MenuSynonyms = ["lesen", "schreiben", "rechnen", "lesen und schreiben", "reading", "writing"],
        CueCategories = Subjects,
        Slots =
        [
            new SlotDescriptor
            {
                Name = ProfileSlots.Subject,
                Need = SlotNeed.BeforeOffers,
                Read = SlotReaders.Subject(Subjects),
                // own words name the need as well ("Hilfe mit Briefen vom Amt"): offers first, no question
                IsKnown = p => p.Subject is not null || p.Words.Count > 0,
                SetNoPreference = p => p.Subject = SearchProfile.Any,
                Prompt = LiteracyTexts.AskSubject,
                Choices = SubjectChoices,
            },
            CommonSlots.ForWhom(),
            CommonSlots.When(),
            CommonSlots.District(),
            CommonSlots.Age(16, 99, SlotNeed.Refinement),
        ],
        Sources = [KnowledgeSources.Apag],
        SearchWords = p => p.Subject switch
        {
            Categories.Rechnen => ["Rechnen"],
            Categories.Digitales => ["Computer", "Handy", "Digitales"],
            SearchProfile.Any or null => ["Lesen", "Schreiben", "Grundbildung"],
            _ => ["Lesen", "Schreiben"],
        },
        SearchCategories = p => p.Subject is { } s && s != SearchProfile.Any ? [s] : [],
        OfficeTopic = _ => LiteracyTexts.OfficeTopic,
        HandoffTeam = "Grundbildung",
        AlwaysFormal = true,
        Intro = LiteracyTexts.Reassurance,
        OffersPhone = true,
        MinAge = 16,
    };

    private static List<Choice> SubjectChoices(bool english) =>
    [
        new(Categories.Lesen, LiteracyTexts.SubjectReading.In(english), "lesen", "schreiben", "reading", "writing"),
        new(Categories.Rechnen, LiteracyTexts.SubjectMaths.In(english), "rechnen", "mathe", "maths"),
        new(Categories.Digitales, LiteracyTexts.SubjectDigital.In(english), "computer", "handy", "smartphone", "phone"),
        new(SearchProfile.Any, LiteracyTexts.SubjectAll.In(english), "alles", "everything"),
    ];
}
