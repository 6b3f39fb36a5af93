namespace TrierBot.Dialogs.Conversations;

/// <summary>Whether a slot must be known before the first offers, or only refines them.</summary>
public enum SlotNeed
{
    BeforeOffers,
    Refinement,
}
