namespace TrierBot.DirectLine;

/// <summary>An activity as it goes out to clients: its watermark and its serialized JSON.</summary>
public sealed record DeliveredActivity(long Watermark, string Json);
