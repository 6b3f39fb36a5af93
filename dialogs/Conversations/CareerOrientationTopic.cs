using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.State;
using TrierBot.Dialogs.Texts;
using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Conversations;

/// <summary>Berufs- und Studienorientierung (ReTriBuS): the age and what the person is into decide the offers; the rest refines them.</summary>
public static class CareerOrientationTopic
{
    public static readonly IReadOnlyList<string> Interests =
        [Categories.Handwerk, Categories.Soziales, Categories.TechnikIt, Categories.Gesundheit, Categories.Pflege, Categories.Wirtschaft, Categories.Kreatives, Categories.Natur,
         Categories.Bewerbung, Categories.Freiwilligendienst];

    public static readonly TopicDescriptor Descriptor = new()
    {
        Intent = IntentNames.CareerOrientation,
        MenuLabel = MainTexts.TopicCareer,
        MenuSynonyms = ["ausbildung", "studium", "praktikum", "beruf", "apprenticeship", "studies", "career"],
        CueCategories = [.. Interests, Categories.Ausbildung, Categories.Studium, Categories.Praktikum],
        Slots =
        [
            CommonSlots.Age(10, 99),
            new SlotDescriptor
            {
                Name = ProfileSlots.Interests,
                Need = SlotNeed.BeforeOffers,
                Read = SlotReaders.Interests(Interests),
                // a path ("eine Ausbildung") or own words are enough to show first offers
                IsKnown = p => p.Interests.Count > 0 || p.Words.Count > 0 || p.Path is not null,
                SetNoPreference = p => p.Interests = [SearchProfile.Any],
                Prompt = CareerOrientationTexts.AskInterests,
                Choices = InterestChoices,
            },
            new SlotDescriptor
            {
                Name = ProfileSlots.Path, Need = SlotNeed.Refinement, Read = SlotReaders.Path,
                IsKnown = p => p.Path is not null, SetNoPreference = p => p.Path = SearchProfile.Any, Prompt = CareerOrientationTexts.AskPath,
            },
            new SlotDescriptor
            {
                Name = ProfileSlots.SchoolType, Need = SlotNeed.Refinement, Read = SlotReaders.School,
                IsKnown = p => p.SchoolType is not null, SetNoPreference = p => p.SchoolType = SearchProfile.Any, Prompt = CareerOrientationTexts.AskSchoolType,
                AppliesTo = p => p.Age is null or < 20,
            },
            CommonSlots.District(),
            CommonSlots.When(),
            CommonSlots.ForWhom(),
        ],
        Sources = [KnowledgeSources.Retribus],
        SearchWords = p => p.Path is { } path && path != SearchProfile.Any ? [path] : [],
        SearchCategories = p => p.Interests.Where(i => i != SearchProfile.Any).Concat(p.Path is { } path && path != SearchProfile.Any ? [path] : []),
        OfficeTopic = p => p.Path == Categories.Studium ? CareerOrientationTexts.StudyCounselling : CareerOrientationTexts.CareerCounselling,
        HandoffTeam = "Berufsorientierung",
        // internships and apprenticeships start at 14: a 12-year-old into technology means MINT
        MinAge = 14,
        // from 30 on, a new start is retraining, further training and their funding: the counselling topic
        MaxAge = 30,
        ForYounger = IntentNames.Mint,
        ForOlder = IntentNames.Counselling,
    };

    public static List<Choice> SchoolChoices(bool english) =>
    [
        new("Realschule plus", "Realschule plus", "realschule", "rs plus"),
        new("Gymnasium", english ? "Gymnasium (grammar school)" : "Gymnasium", "gymi", "grammar school", "abi", "abitur"),
        new("IGS", english ? "IGS (comprehensive school)" : "IGS", "gesamtschule", "integrierte gesamtschule"),
        new("BBS", english ? "BBS (vocational school)" : "BBS / Berufsschule", "berufsschule", "berufsbildende schule"),
        new("Förderschule", english ? "Förderschule (special needs school)" : "Förderschule", "foerderschule"),
    ];

    private static List<Choice> InterestChoices(bool english) =>
    [
        new(Categories.Handwerk, english ? "Crafts & trades" : "Handwerk"),
        new(Categories.Soziales, english ? "Social work" : "Soziales"),
        new(Categories.TechnikIt, english ? "Tech & IT" : "Technik/IT"),
        new(Categories.Gesundheit, english ? "Health & care" : "Gesundheit & Pflege"),
        new(Categories.Wirtschaft, english ? "Business" : "Wirtschaft & Büro"),
        new(Categories.Kreatives, english ? "Creative" : "Kreatives"),
        new(Categories.Natur, english ? "Nature" : "Natur & Umwelt"),
    ];
}
