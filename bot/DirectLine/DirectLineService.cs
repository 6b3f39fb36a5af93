using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace TrierBot.DirectLine;

/// <summary>
/// What the Direct Line endpoints do, without HTTP: start a conversation (telling the bot who joined, once),
/// and take a client's activity (echo it under its watermark, then run the bot's turn).
/// </summary>
public sealed class DirectLineService
{
    private readonly DirectLineConversations _conversations;
    private readonly DirectLineAdapter _adapter;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;

    public DirectLineService(DirectLineConversations conversations, DirectLineAdapter adapter, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        _conversations = conversations;
        _adapter = adapter;
        _options = options.Value;
        _time = time;
    }

    /// <summary>
    /// Creates the conversation and, like Azure, sends the bot a conversationUpdate with the bot and then one with the
    /// user (when the token names them; otherwise with the first message). False if it already existed.
    /// </summary>
    public async Task<bool> StartAsync(string conversationId, string? userId, string serviceUrl, CancellationToken cancellationToken)
    {
        if (!_conversations.TryCreate(conversationId, userId)) return false;
        await _adapter.ProcessActivityAsync(MembersAdded(conversationId, _adapter.Bot, serviceUrl), cancellationToken);
        if (userId is not null && _conversations.TryMarkUserAnnounced(conversationId))
        {
            await _adapter.ProcessActivityAsync(MembersAdded(conversationId, new ChannelAccount(userId, role: RoleTypes.User), serviceUrl), cancellationToken);
        }
        return true;
    }

    /// <summary>
    /// Echoes the client's activity (so Web Chat sees it confirmed, with its clientActivityID) and runs the turn.
    /// Returns the id the client will find in the echo; null for typing, which is neither stored nor handled.
    /// </summary>
    public async Task<string?> PostAsync(string conversationId, Activity activity, string? tokenUserId, string serviceUrl, CancellationToken cancellationToken)
    {
        if (activity.Type == ActivityTypes.Typing) return null;
        if (tokenUserId is not null)
        {
            // A token speaks for one user only, whatever the client claims.
            activity.From = new ChannelAccount(tokenUserId, activity.From?.Name);
        }
        activity.From!.Role = RoleTypes.User;
        activity.ChannelId = _options.ChannelId;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.Recipient = _adapter.Bot;
        activity.ServiceUrl = serviceUrl;
        activity.Timestamp = _time.GetUtcNow();
        activity.ReplyToId = null;

        if (_conversations.TryMarkUserAnnounced(conversationId))
        {
            await _adapter.ProcessActivityAsync(MembersAdded(conversationId, new ChannelAccount(activity.From.Id, activity.From.Name, RoleTypes.User), serviceUrl), cancellationToken);
        }
        await _conversations.AppendAsync(conversationId, id =>
        {
            activity.Id = id;
            return JsonConvert.SerializeObject(activity, DirectLineAdapter.JsonSettings);
        }, fromUser: true);
        await _adapter.ProcessActivityAsync(activity, cancellationToken);
        return activity.Id;
    }

    private Activity MembersAdded(string conversationId, ChannelAccount member, string serviceUrl) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = _options.ChannelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount(id: conversationId),
        From = member,
        Recipient = _adapter.Bot,
        MembersAdded = [member],
        Timestamp = _time.GetUtcNow(),
    };
}
