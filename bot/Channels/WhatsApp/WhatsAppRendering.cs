using System.Text.Json.Nodes;

namespace TrierBot.Channels.WhatsApp;

/// <summary>
/// The Cloud API messages for one bot activity (without <c>to</c>), and the choices offered as a numbered
/// list, if any, as payloads in the order shown.
/// </summary>
public sealed record WhatsAppRendering(IReadOnlyList<JsonObject> Messages, IReadOnlyList<string>? NumberedChoices);
