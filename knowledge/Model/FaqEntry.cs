namespace TrierBot.Knowledge.Model;

/// <summary>A frequently asked question of the education office (<c>faq</c>).</summary>
public sealed class FaqEntry : KnowledgeRecord
{
    public string Question { get; set; } = "";
    public string Answer { get; set; } = "";
    public List<string> Variants { get; set; } = [];
    public string? Topic { get; set; }

    public override string DisplayTitle => Question;
}
