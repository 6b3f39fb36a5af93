using System.Text.Json.Serialization;

namespace TrierBot.DirectLine;

/// <summary>The answer of tokens/generate, tokens/refresh, POST /conversations and GET /conversations/{id}, in Azure's field names.</summary>
public sealed record DirectLineConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl = null);
