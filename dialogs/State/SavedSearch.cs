using TrierBot.Knowledge;

namespace TrierBot.Dialogs.State;

/// <summary>The last knowledge search, kept so "Mehr" can page on (serialized: plain get/set).</summary>
public sealed class SavedSearch
{
    public string Text { get; set; } = "";
    public List<string> Sources { get; set; } = [];
    public int? Age { get; set; }
    public string? District { get; set; }
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
    public List<string> Categories { get; set; } = [];
    public int Top { get; set; } = 3;
    public int Skip { get; set; }

    public static SavedSearch Of(SearchQuery query) => new()
    {
        Text = query.Text,
        Sources = [.. query.Sources],
        Age = query.Age,
        District = query.District,
        From = query.From,
        To = query.To,
        Categories = [.. query.Categories],
        Top = query.Top,
        Skip = query.Skip,
    };

    public SearchQuery ToQuery() => new()
    {
        Text = Text,
        Sources = [.. Sources],
        Age = Age,
        District = District,
        From = From,
        To = To,
        Categories = [.. Categories],
        Top = Top,
        Skip = Skip,
    };
}
