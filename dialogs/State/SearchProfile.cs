namespace TrierBot.Dialogs.State;

/// <summary>
/// The slots of the current search (serialized: plain get/set). Steps ask only for what is still
/// empty, so slots found in the first message are not asked again.
/// </summary>
public sealed class SearchProfile
{
    /// <summary>The answer "no preference"/"rather not say": the slot counts as answered.</summary>
    public const string Any = "egal";

    /// <summary>The running topic, an intent name (IntentNames), or null at the menu.</summary>
    public string? Topic { get; set; }

    public int? Age { get; set; }

    /// <summary>An Ortsbezirk, or <see cref="Any"/>.</summary>
    public string? District { get; set; }

    public string? SchoolType { get; set; }

    /// <summary>Categories (TrierBot.Knowledge.Categories), or just <see cref="Any"/>.</summary>
    public List<string> Interests { get; set; } = [];

    /// <summary>Ausbildung, Studium, Praktikum, or <see cref="Any"/>.</summary>
    public string? Path { get; set; }

    /// <summary>MINT: "Ferien", "nachmittags", a date range (<see cref="From"/>..<see cref="To"/>) or <see cref="Any"/>.</summary>
    public string? When { get; set; }

    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    public bool? GirlsOnly { get; set; }

    /// <summary>Literacy: the person asks for a relative, colleague or client.</summary>
    public bool? ForSomeoneElse { get; set; }

    /// <summary>Literacy (Lesen/Rechnen/Digitales) or counselling (Weiterbildung/Umschulung/…) subject.</summary>
    public string? Subject { get; set; }

    /// <summary>What was searched last, for "Mehr" and the hand-off summary.</summary>
    public SavedSearch? LastSearch { get; set; }

    /// <summary>Answered slots, oldest first: "Zurück" forgets the last one.</summary>
    public List<string> AnsweredSlots { get; set; } = [];

    public void MarkAnswered(string slot)
    {
        AnsweredSlots.Remove(slot);
        AnsweredSlots.Add(slot);
    }

    /// <summary>Forgets the most recent answer so the dialog asks it again; false when nothing was answered.</summary>
    public bool ForgetLastAnswer()
    {
        if (AnsweredSlots.Count == 0)
        {
            return false;
        }

        var slot = AnsweredSlots[^1];
        AnsweredSlots.RemoveAt(AnsweredSlots.Count - 1);
        switch (slot)
        {
            case ProfileSlots.Age: Age = null; break;
            case ProfileSlots.SchoolType: SchoolType = null; break;
            case ProfileSlots.Interests: Interests = []; break;
            case ProfileSlots.Path: Path = null; break;
            case ProfileSlots.District: District = null; break;
            case ProfileSlots.When: When = null; From = null; To = null; break;
            case ProfileSlots.GirlsOnly: GirlsOnly = null; break;
            case ProfileSlots.ForSomeoneElse: ForSomeoneElse = null; break;
            case ProfileSlots.Subject: Subject = null; break;
        }

        return true;
    }

    /// <summary>A fresh profile for a new topic that keeps who the user is (age, district).</summary>
    public SearchProfile ForNewTopic(string topic) => new() { Topic = topic, Age = Age, District = District };
}
