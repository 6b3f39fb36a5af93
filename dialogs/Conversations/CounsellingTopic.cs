using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.State;
using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Conversations;

/// <summary>Bildungsberatung: Weiterbildung, Umschulung, Anerkennung, Förderung lead to the right office and fitting courses.</summary>
public static class CounsellingTopic
{
    public static readonly IReadOnlyList<string> Subjects = [Categories.Weiterbildung, Categories.Umschulung, Categories.Anerkennung, Categories.Foerderung];

    public static readonly TopicDescriptor Descriptor = new()
    {
        Intent = IntentNames.Counselling,
        MenuLabel = MainTexts.TopicCounselling,
        MenuSynonyms = ["beratung", "weiterbildung", "counselling", "counseling"],
        CueCategories = Subjects,
        Slots =
        [
            new SlotDescriptor
            {
                Name = ProfileSlots.Subject,
                Need = SlotNeed.BeforeOffers,
                Read = SlotReaders.Subject(Subjects),
                IsKnown = p => p.Subject is not null || p.Words.Count > 0,
                SetNoPreference = p => p.Subject = SearchProfile.Any,
                Prompt = CounsellingTexts.AskSubject,
                Choices = SubjectChoices,
            },
            CommonSlots.Age(16, 99, SlotNeed.Refinement),
            CommonSlots.District(),
            CommonSlots.When(),
            CommonSlots.ForWhom(),
        ],
        Sources = [KnowledgeSources.Beratung, KnowledgeSources.Kurse],
        SearchWords = p => p.Subject is { } s && s != SearchProfile.Any ? [s] : ["Bildungsberatung"],
        SearchCategories = p => p.Subject is { } s && s != SearchProfile.Any ? [s] : [],
        OfficeTopic = p => p.Subject is { } s && s != SearchProfile.Any ? s : CounsellingTexts.GeneralOffice,
        HandoffTeam = "Bildungsberatung",
        AdultAudience = true,
        MinAge = 16,
        ForYounger = IntentNames.CareerOrientation,
    };

    private static List<Choice> SubjectChoices(bool english) =>
    [
        new(Categories.Weiterbildung, CounsellingTexts.FurtherTraining.In(english)),
        new(Categories.Umschulung, CounsellingTexts.Retraining.In(english)),
        new(Categories.Anerkennung, CounsellingTexts.Recognition.In(english)),
        new(Categories.Foerderung, CounsellingTexts.Funding.In(english)),
    ];
}
