namespace TrierBot.Knowledge.Model;

/// <summary>A TILL education-monitoring indicator (<c>till</c>): statistics, never recommended as an offer.</summary>
public sealed class Indicator : KnowledgeRecord
{
    public string Name { get; set; } = "";
    public string? Area { get; set; }
    public int Year { get; set; }
    public decimal Value { get; set; }
    public string? Unit { get; set; }
    /// <summary>Missing = the whole city.</summary>
    public string? District { get; set; }
    public string? Note { get; set; }

    public override string DisplayTitle => Name;
}
