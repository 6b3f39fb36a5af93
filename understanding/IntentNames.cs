namespace TrierBot.Understanding;

/// <summary>The intent names of bot-contract.md §2, exactly.</summary>
public static class IntentNames
{
    public const string CareerOrientation = nameof(CareerOrientation);
    public const string Literacy = nameof(Literacy);
    public const string Mint = nameof(Mint);
    public const string Counselling = nameof(Counselling);
    public const string CourseSearch = nameof(CourseSearch);
    public const string Handoff = nameof(Handoff);
    public const string Help = nameof(Help);
    public const string Cancel = nameof(Cancel);
    public const string Greeting = nameof(Greeting);
    public const string Goodbye = nameof(Goodbye);
    public const string None = nameof(None);

    public static readonly IReadOnlyList<string> All =
        [CareerOrientation, Literacy, Mint, Counselling, CourseSearch, Handoff, Help, Cancel, Greeting, Goodbye, None];
}
