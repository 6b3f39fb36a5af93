using TrierBot.Dialogs.State;

namespace TrierBot.Dialogs.Conversations;

/// <summary>
/// Fills a slot from a message if the message carries it; <paramref name="asked"/> is true when the last question
/// was this slot, so short answers ("15", "Handwerk") count. Returns the new value as the bot may repeat it
/// ("15", "Kürenz"), or null when the message said nothing for this slot.
/// </summary>
public delegate string? SlotReader(MessageReading message, SearchProfile profile, bool asked);
