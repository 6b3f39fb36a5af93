namespace TrierBot.Handoff;

/// <summary>The outcome of a console action, mapped to an HTTP status by the endpoint.</summary>
public enum HandoffResult
{
    Done,
    NotFound,
    Conflict,
    Invalid,
}
