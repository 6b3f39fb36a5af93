using TrierBot.Dialogs.State;
using TrierBot.Dialogs.Texts;
using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Conversations;

/// <summary>Any other lifelong-learning course (Sprachkurs, EDV-Kurs …): the person's own words decide; age, place and time refine.</summary>
public static class CourseSearchTopic
{
    public static readonly RegisterText AskCourse = new("Was für einen Kurs suchst du?", "Was für einen Kurs suchen Sie?", "What kind of course are you looking for?");

    public static readonly TopicDescriptor Descriptor = new()
    {
        Intent = IntentNames.CourseSearch,
        MenuLabel = new LocalizedText("Kurse", "Courses"),
        CueCategories = [Categories.Sprachen],
        Slots =
        [
            new SlotDescriptor
            {
                Name = ProfileSlots.Subject,
                Need = SlotNeed.BeforeOffers,
                Read = (_, _, _) => null,
                IsKnown = p => p.Words.Count > 0 || p.Interests.Count > 0,
                SetNoPreference = p => p.Interests = [SearchProfile.Any],
                Prompt = AskCourse,
            },
            CommonSlots.Age(3, 99, SlotNeed.Refinement),
            new SlotDescriptor
            {
                Name = ProfileSlots.Interests, Need = SlotNeed.Refinement,
                Read = SlotReaders.Interests([Categories.Sprachen, Categories.Digitales, Categories.Kreatives, Categories.Programmieren, Categories.TechnikIt, Categories.Gesundheit, Categories.Wirtschaft]),
                IsKnown = p => p.Interests.Count > 0, SetNoPreference = p => p.Interests = [SearchProfile.Any], Prompt = AskCourse,
            },
            CommonSlots.District(),
            CommonSlots.When(),
            CommonSlots.ForWhom(),
        ],
        Sources = [KnowledgeSources.Kurse, KnowledgeSources.Mint, KnowledgeSources.Apag],
        SearchWords = _ => [],
        OfficeTopic = _ => "Weiterbildung Bildungsberatung",
        HandoffTeam = "Bildungsberatung",
        AdultAudience = true,
    };
}
