using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.State;
using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Conversations;

/// <summary>MINT for children, young people, parents, teachers: the age and the interest decide; time, girls-only and place refine.</summary>
public static class MintTopic
{
    public static readonly IReadOnlyList<string> Interests =
        [Categories.Robotik, Categories.Programmieren, Categories.Experimente, Categories.Natur, Categories.TechnikIt, Categories.Mathematik, Categories.Astronomie];

    public static readonly TopicDescriptor Descriptor = new()
    {
        Intent = IntentNames.Mint,
        MenuLabel = MainTexts.TopicMint,
        MenuSynonyms = ["mint", "stem", "robotik", "programmieren"],
        CueCategories = Interests,
        NameWords = ["mint", "stem"],
        Slots =
        [
            CommonSlots.Age(3, 99),
            new SlotDescriptor
            {
                Name = ProfileSlots.Interests,
                Need = SlotNeed.BeforeOffers,
                Read = SlotReaders.Interests(Interests),
                IsKnown = p => p.Interests.Count > 0 || p.Words.Count > 0,
                SetNoPreference = p => p.Interests = [SearchProfile.Any],
                Prompt = MintTexts.AskInterest,
                Choices = InterestChoices,
            },
            CommonSlots.When(),
            new SlotDescriptor
            {
                Name = ProfileSlots.GirlsOnly, Need = SlotNeed.Refinement, Read = SlotReaders.GirlsOnly,
                IsKnown = p => p.GirlsOnly is not null, SetNoPreference = p => p.GirlsOnly = false, Prompt = MintTexts.AskGirlsOnly,
                // only for a girl or a person we know nothing about
                AppliesTo = p => p.Gender is null or "girl",
            },
            CommonSlots.District(),
            CommonSlots.ForWhom(),
        ],
        Sources = [KnowledgeSources.Mint],
        SearchWords = p => p.GirlsOnly == true ? ["Mädchen"] : [],
        OfficeTopic = _ => MintTexts.OfficeTopic,
        HandoffTeam = "MINT",
        // MINT is for children and young people; adults who want maths or coding look for a course
        MaxAge = 21,
        ForOlder = IntentNames.CourseSearch,
    };

    private static List<Choice> InterestChoices(bool english) =>
    [
        new(Categories.Robotik, english ? "Robotics" : "Robotik"),
        new(Categories.Programmieren, english ? "Coding" : "Programmieren"),
        new(Categories.Experimente, english ? "Experiments" : "Experimente"),
        new(Categories.Natur, english ? "Nature" : "Natur"),
        new(Categories.Mathematik, english ? "Maths" : "Mathe"),
        new(Categories.Astronomie, english ? "Astronomy" : "Astronomie"),
    ];
}
