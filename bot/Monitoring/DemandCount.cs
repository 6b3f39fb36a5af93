using TrierBot.Dialogs.Monitoring;

namespace TrierBot.Monitoring;

/// <summary>How many searches ended with exactly the fields of <see cref="Record"/>.</summary>
public sealed record DemandCount(DemandRecord Record, int Count);
