namespace TrierBot.Understanding;

/// <summary>A recognized date or date range ("nächsten samstag", "in den herbstferien", "nachmittags").</summary>
/// <param name="Timex">TIMEX expression as Microsoft.Recognizers.Text gives it (or built from the holiday table).</param>
/// <param name="Start">Inclusive start, when the expression resolves to one.</param>
/// <param name="End">Exclusive end, when the expression resolves to one.</param>
public sealed record DateSpan(string Timex, DateTime? Start, DateTime? End);
