namespace TrierBot.Dialogs.State;

/// <summary>
/// What we know for the current search, the slots of the guided topics (serialized: plain get/set). Every
/// message fills what it carries (<see cref="Conversations.MessageReader"/>); the engine asks only what is empty.
/// </summary>
public sealed class SearchProfile
{
    /// <summary>The answer "no preference"/"rather not say": the slot counts as answered.</summary>
    public const string Any = "egal";

    /// <summary>The running topic, an intent name (IntentNames), or null before one is known.</summary>
    public string? Topic { get; set; }

    /// <summary>Who the offer is for (<see cref="Persons"/>): decides du/Sie and which questions make sense.</summary>
    public string? ForWhom { get; set; }

    /// <summary>"girl", "boy" or null: only a girl or an unknown person is offered girls-only groups.</summary>
    public string? Gender { get; set; }

    /// <summary>The age of the person the offer is for.</summary>
    public int? Age { get; set; }

    /// <summary>An Ortsbezirk, or <see cref="Any"/>: a preference, never a filter that hides what fits.</summary>
    public string? District { get; set; }

    public string? SchoolType { get; set; }

    /// <summary>Categories (TrierBot.Knowledge.Categories), or just <see cref="Any"/>.</summary>
    public List<string> Interests { get; set; } = [];

    /// <summary>Ausbildung, Studium, Praktikum, or <see cref="Any"/>.</summary>
    public string? Path { get; set; }

    /// <summary>Time wishes (<see cref="Understanding.TimeOfWeek"/> names: "evening", "weekend", "friday" …), or just <see cref="Any"/>.</summary>
    public List<string> Times { get; set; } = [];

    /// <summary>A date window ("in den Osterferien", "nächste Woche", "im Mai").</summary>
    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    public bool? GirlsOnly { get; set; }

    /// <summary>Literacy (Lesen/Rechnen/Digitales) or counselling (Weiterbildung/Umschulung/…) subject.</summary>
    public string? Subject { get; set; }

    /// <summary>The person's own words about what they look for, for the search text.</summary>
    public List<string> Words { get; set; } = [];

    /// <summary>
    /// The own words of the messages that named what the person looks for ("Spanischkurs", "Klavierunterricht"):
    /// when the data knows none of them, nothing fits — however well the broad category ("Sprachen") matches.
    /// </summary>
    public List<string> TopicWords { get; set; } = [];

    /// <summary>The slot the last question asked for, or null.</summary>
    public string? PendingSlot { get; set; }

    /// <summary>How often each slot was asked: a needed one at most twice, a refinement once.</summary>
    public Dictionary<string, int> Asked { get; set; } = [];

    /// <summary>Questions asked before the first offers.</summary>
    public int QuestionsBeforeOffers { get; set; }

    /// <summary>True once offers (or the honest "nothing fits") were shown for this profile.</summary>
    public bool Shown { get; set; }

    /// <summary>Set when a slot that changes the result changed since the last offers.</summary>
    public bool Dirty { get; set; }

    /// <summary>The ranked offers of the last search, by key; "Mehr" pages through them.</summary>
    public List<string> Ranked { get; set; } = [];

    /// <summary>How many of <see cref="Ranked"/> were shown.</summary>
    public int RankedShown { get; set; }

    /// <summary>The offers shown last, by key: "was kostet das?" is about them.</summary>
    public List<string> LastShown { get; set; } = [];

    /// <summary>What was searched last, for the hand-off summary and the office.</summary>
    public SavedSearch? LastSearch { get; set; }

    /// <summary>Answered slots, oldest first: "Zurück" forgets the last one.</summary>
    public List<string> AnsweredSlots { get; set; } = [];

    public void MarkAnswered(string slot)
    {
        AnsweredSlots.Remove(slot);
        AnsweredSlots.Add(slot);
    }

    /// <summary>Forgets the most recent answer so the engine asks it again; false when nothing was answered.</summary>
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
            case ProfileSlots.Interests: Interests = []; Words = []; TopicWords = []; break;
            case ProfileSlots.Path: Path = null; break;
            case ProfileSlots.District: District = null; break;
            case ProfileSlots.When: Times = []; From = null; To = null; break;
            case ProfileSlots.GirlsOnly: GirlsOnly = null; break;
            case ProfileSlots.ForWhom: ForWhom = null; break;
            case ProfileSlots.Subject: Subject = null; break;
        }

        Asked.Remove(slot);
        Shown = false;
        QuestionsBeforeOffers = 0;
        return true;
    }

    /// <summary>A fresh profile for a new topic that keeps who it is for (person, age, district, time wishes).</summary>
    public SearchProfile ForNewTopic(string topic) => new()
    {
        Topic = topic, ForWhom = ForWhom, Gender = Gender, Age = Age, District = District, Times = [.. Times], From = From, To = To,
    };

    /// <summary>The same wish in another topic (a 35-year-old into stars goes from MINT to courses): the interests and own words stay too.</summary>
    public SearchProfile ForOtherTopicSameWish(string topic)
    {
        var next = ForNewTopic(topic);
        next.Interests = [.. Interests];
        next.Words = [.. Words];
        next.TopicWords = [.. TopicWords];
        next.Subject = Subject;
        next.Path = Path;
        return next;
    }

    /// <summary>A fresh profile for another person in the same conversation: only the place stays.</summary>
    public SearchProfile ForNewPerson(string? topic) => new() { Topic = topic, District = District };
}
