namespace TrierBot.Handoff;

/// <summary>A user's wish to be called back or written to, shown in the console (serialized: plain get/set).</summary>
public sealed class CallbackRequest
{
    public const string Phone = "phone";
    public const string Email = "email";

    public string Id { get; set; } = Guid.NewGuid().ToString("N");
    public string ChannelId { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string UserId { get; set; } = "";
    public string Team { get; set; } = "";
    public string? Topic { get; set; }

    /// <summary><see cref="Phone"/> or <see cref="Email"/>.</summary>
    public string Kind { get; set; } = Phone;

    /// <summary>The number or address exactly as the user typed it.</summary>
    public string Contact { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
    public bool Done { get; set; }
    public string? DoneBy { get; set; }
}
