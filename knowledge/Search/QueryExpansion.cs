namespace TrierBot.Knowledge.Search;

/// <summary>
/// Words of the query the lexicons understood (a job title, a question type): they stand for the alternatives,
/// each with a weight (the user's own word counts fully, the field and orientation words less).
/// </summary>
/// <param name="Lifts">Words that only raise a record the alternatives found (career fairs and counselling for a job title).</param>
/// <param name="IsContent">False for a question frame that only hints ("wo finde ich" → "finden"): it lifts, it never carries a match.</param>
internal sealed record QueryExpansion(string Trigger, IReadOnlyList<(string Text, float Weight)> Alternatives, IReadOnlyList<string> Categories, bool IsContent = true)
{
    public IReadOnlyList<(string Text, float Weight)> Lifts { get; init; } = [];
}
