namespace TrierBot.Knowledge.Search;

/// <summary>A hit on its way to a result: its document, its final score and when it next happens (the ranking's keys).</summary>
internal readonly record struct RankedDocument(int Document, double Score, DateTime Next);
