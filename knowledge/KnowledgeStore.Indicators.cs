using TrierBot.Knowledge.Model;

namespace TrierBot.Knowledge;

public sealed partial class KnowledgeStore
{
    /// <summary>The imported TILL indicators (<c>till</c>) of the live generation, for the monitoring page.</summary>
    public IReadOnlyList<Indicator> Indicators() => [.. CurrentIndex().Records.OfType<Indicator>()];
}
