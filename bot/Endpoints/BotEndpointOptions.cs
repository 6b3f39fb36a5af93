namespace TrierBot.Endpoints;

/// <summary>
/// Who may use <c>/api/messages</c> while authentication is off (no <c>MicrosoftAppId</c>): section <c>BotEndpoint</c>.
/// With authentication on, the SDK's token validation decides and these settings are not used.
/// </summary>
public sealed class BotEndpointOptions
{
    public const string SectionName = "BotEndpoint";

    /// <summary>Channels the Emulator and test tools speak. Channels our own adapters serve are refused whatever is listed here.</summary>
    public string[] OpenChannels { get; set; } = ["emulator", "test"];

    /// <summary>Networks (CIDR, e.g. <c>10.1.0.0/16</c>) besides loopback whose clients may post without authentication.</summary>
    public string[] OpenNetworks { get; set; } = [];

    /// <summary>Hosts besides loopback that replies may be sent to (an activity's <c>serviceUrl</c>).</summary>
    public string[] ReplyHosts { get; set; } = [];
}
