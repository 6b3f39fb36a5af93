namespace TrierBot.Understanding;

/// <summary>Entities a training line is annotated with; null: that entity was not annotated (not measured).</summary>
public sealed record AnnotatedEntities(IReadOnlyList<int>? Age, IReadOnlyList<string>? District, IReadOnlyList<string>? Topic)
{
    public static readonly AnnotatedEntities None = new(null, null, null);

    public bool Any => Age is not null || District is not null || Topic is not null;
}
