using TrierBot.Understanding;

namespace TrierBot.Dialogs.Conversations;

/// <summary>Everything one message says that a slot may take, whatever was asked (<see cref="MessageReader"/>).</summary>
public sealed record MessageReading
{
    public required Utterance Utterance { get; init; }

    /// <summary>The message folded for word matching (<see cref="Framework.ChoiceMatcher.Normalize"/>).</summary>
    public required string Normalized { get; init; }

    public int? Age { get; init; }

    /// <summary>A bare number ("15"): an age only where an age was asked or is being corrected.</summary>
    public int? BareNumber { get; init; }

    public string? ForWhom { get; init; }

    public string? Gender { get; init; }

    /// <summary>The last place named: "Trier-Nord, ach nein, Kürenz" means Kürenz.</summary>
    public string? District { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public TimeOfWeek Times { get; init; }

    public DateSpan? Dates { get; init; }

    public bool GirlsOnly { get; init; }

    public bool Yes { get; init; }

    public bool No { get; init; }

    /// <summary>"egal", "alles", "ist mir gleich": no preference.</summary>
    public bool NoPreference { get; init; }

    /// <summary>"weiß nicht", "kp", "keine ahnung".</summary>
    public bool DontKnow { get; init; }

    /// <summary>"nicht 14", "ach nein", "sorry", "ich meine": a correction of something said before.</summary>
    public bool Correction { get; init; }

    /// <summary>"lieber anrufen", "telefon": the person wants a phone number.</summary>
    public bool WantsPhone { get; init; }

    /// <summary>"my German is bad", "can we continue in English?": the person asks to go on in English.</summary>
    public bool AsksForEnglish { get; init; }

    /// <summary>"was mit Menschen", "irgendwas mit Tieren": a wish, even where the recognizer hears a call for a person.</summary>
    public bool NamesWish { get; init; }

    /// <summary>A question on the way, or null.</summary>
    public string? Question { get; init; }

    /// <summary>Content words for the search text.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>Only a few words that carry nothing of the above ("hm", "ok", "k").</summary>
    public bool IsFiller { get; init; }
}
