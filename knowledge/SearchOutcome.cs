namespace TrierBot.Knowledge;

/// <summary>
/// Hits plus why there may be none: <see cref="GenericOnly"/> says the text held only generic words ("kurs",
/// "angebot", "hilfe") and nothing to search for, so the dialog should ask what exactly is wanted.
/// </summary>
public sealed record SearchOutcome(IReadOnlyList<SearchHit> Hits, bool GenericOnly);
