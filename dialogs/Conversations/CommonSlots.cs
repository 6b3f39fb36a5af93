using TrierBot.Dialogs.State;
using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Conversations;

/// <summary>Slots several topics share: who it is for, the age, the place, the time.</summary>
public static class CommonSlots
{
    public static SlotDescriptor ForWhom(SlotNeed need = SlotNeed.Refinement) => new()
    {
        Name = ProfileSlots.ForWhom,
        Need = need,
        Read = SlotReaders.ForWhom,
        IsKnown = p => p.ForWhom is not null,
        SetNoPreference = p => p.ForWhom = Persons.Self,
        Prompt = CommonTexts.AskForWhom,
    };

    public static SlotDescriptor Age(int min, int max, SlotNeed need = SlotNeed.BeforeOffers) => new()
    {
        Name = ProfileSlots.Age,
        Need = need,
        Read = SlotReaders.Age(min, max),
        IsKnown = p => p.Age is not null,
        SetNoPreference = _ => { },
        Prompt = CommonTexts.AskAge,
    };

    public static SlotDescriptor District() => new()
    {
        Name = ProfileSlots.District,
        Need = SlotNeed.Refinement,
        Read = SlotReaders.District,
        IsKnown = p => p.District is not null,
        SetNoPreference = p => p.District = SearchProfile.Any,
        Prompt = CommonTexts.AskDistrict,
    };

    public static SlotDescriptor When() => new()
    {
        Name = ProfileSlots.When,
        Need = SlotNeed.Refinement,
        Read = SlotReaders.When,
        IsKnown = p => p.Times.Count > 0 || p.From is not null,
        SetNoPreference = p => p.Times = [SearchProfile.Any],
        Prompt = CommonTexts.AskWhen,
    };
}
