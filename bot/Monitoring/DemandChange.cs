using TrierBot.Dialogs.Monitoring;

namespace TrierBot.Monitoring;

/// <summary>Adds <see cref="Delta"/> (negative: takes away, never below zero) to the count of <see cref="Record"/>.</summary>
public sealed record DemandChange(DemandRecord Record, int Delta);
