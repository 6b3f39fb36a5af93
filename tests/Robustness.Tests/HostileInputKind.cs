namespace TrierBot.Robustness.Tests;

/// <summary>What a corpus entry is: the text of a message, the value of a card click, or a whole odd activity.</summary>
public enum HostileInputKind
{
    Text,
    CardValue,
    Activity,
}
