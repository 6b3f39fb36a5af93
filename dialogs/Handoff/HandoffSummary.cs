using Newtonsoft.Json;

namespace TrierBot.Dialogs.Handoff;

/// <summary>
/// The value of the <c>handoff.initiate</c> event: what a counsellor needs to know at a glance. A concrete
/// class, not an anonymous object: anonymous values came back as {} through expectReplies (recipes).
/// </summary>
public sealed class HandoffSummary
{
    /// <summary>The topic (an intent name of bot-contract.md §2), or null when none was chosen yet.</summary>
    [JsonProperty("topic")]
    public string? Topic { get; set; }

    /// <summary>The counsellors' team of the topic (its descriptor's hand-off team), or null.</summary>
    [JsonProperty("team")]
    public string? Team { get; set; }

    [JsonProperty("age")]
    public int? Age { get; set; }

    [JsonProperty("district")]
    public string? District { get; set; }

    /// <summary>What was searched last, in words.</summary>
    [JsonProperty("searched")]
    public string? Searched { get; set; }

    /// <summary>How the bot addresses the person: "du", "Sie" or "en", so the hand-off's own texts can speak the same way.</summary>
    [JsonProperty("register")]
    public string Register { get; set; } = "du";

    /// <summary>"de" or "en".</summary>
    [JsonProperty("language")]
    public string Language { get; set; } = "de";

    /// <summary>Why the hand-off started: "user" asked, or a dialog decided.</summary>
    [JsonProperty("reason")]
    public string Reason { get; set; } = "user";
}
