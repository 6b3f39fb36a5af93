using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Npgsql;
using NpgsqlTypes;
using TrierBot.Dialogs.Handoff;
using TrierBot.Privacy;

namespace TrierBot.Storage;

/// <summary>
/// The conversations' messages for the counsellor hand-off in PostgreSQL, shared by every instance (the same
/// contract tests as <see cref="State.LiteDbTranscriptStore"/>): a counsellor on any instance sees what the person
/// wrote on any other. Only message activities, and of each only who wrote it, when, and the text with its cards'
/// titles (<see cref="HandoffTranscriptMiddleware"/>).
/// </summary>
/// <remarks>
/// One row per message, written before the turn goes on; the identity column orders a conversation's messages
/// (its turns run one at a time across instances) and is the continuation token of a page.
/// </remarks>
public sealed class PostgresTranscriptStore(NpgsqlDataSource dataSource) : ITranscriptStore, IConversationDataStore
{
    public const int PageSize = 100;

    /// <summary>Messages older than this go (retention); the host sets it from <c>State:RetentionDays</c>.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(30);

    public async Task LogActivityAsync(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Message || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return;
        }

        var timestamp = activity.Timestamp ?? DateTimeOffset.UtcNow;
        var message = new JObject
        {
            ["type"] = ActivityTypes.Message,
            ["id"] = activity.Id,
            ["timestamp"] = timestamp,
            ["channelId"] = activity.ChannelId,
            ["conversation"] = new JObject { ["id"] = conversationId },
            ["from"] = new JObject { ["id"] = activity.From?.Id, ["role"] = activity.From?.Role },
            ["text"] = HandoffTranscriptMiddleware.TextOf(activity.AsMessageActivity()),
        };
        await using var command = dataSource.CreateCommand("INSERT INTO transcript_messages (channel_id, conversation_id, sent_utc, message) VALUES (@channel, @conversation, @sent, @message)");
        command.Parameters.AddWithValue("channel", activity.ChannelId ?? "");
        command.Parameters.AddWithValue("conversation", conversationId);
        command.Parameters.AddWithValue("sent", timestamp.UtcDateTime);
        command.Parameters.Add(new NpgsqlParameter("message", NpgsqlDbType.Jsonb) { Value = JsonbText.Of(message.ToString(Formatting.None)) });
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Up to <see cref="PageSize"/> messages, oldest first; the token continues where the page ended.</summary>
    public async Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var after = 0L;
        if (!string.IsNullOrEmpty(continuationToken) && (!long.TryParse(continuationToken, out after) || after < 0))
        {
            throw new ArgumentException("Not a continuation token of this store.", nameof(continuationToken));
        }

        await using var command = dataSource.CreateCommand("""
            SELECT id, message::text FROM transcript_messages
            WHERE channel_id = @channel AND conversation_id = @conversation AND id > @after AND sent_utc >= @start
            ORDER BY id LIMIT @limit
            """);
        command.Parameters.AddWithValue("channel", channelId);
        command.Parameters.AddWithValue("conversation", conversationId);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("start", startDate == default ? DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc) : startDate.UtcDateTime);
        command.Parameters.AddWithValue("limit", PageSize + 1);
        var page = new List<IActivity>(PageSize);
        var lastId = 0L;
        var more = false;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                if (page.Count == PageSize)
                {
                    more = true;
                    break;
                }

                lastId = reader.GetInt64(0);
                page.Add(JsonConvert.DeserializeObject<Activity>(reader.GetString(1), new JsonSerializerSettings { DateParseHandling = DateParseHandling.DateTimeOffset })!);
            }
        }

        return new PagedResult<IActivity> { Items = [.. page], ContinuationToken = more ? lastId.ToString(System.Globalization.CultureInfo.InvariantCulture) : null };
    }

    public async Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string? continuationToken = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        await using var command = dataSource.CreateCommand("""
            SELECT conversation_id, min(sent_utc) FROM transcript_messages
            WHERE channel_id = @channel AND (@after::text IS NULL OR conversation_id > @after)
            GROUP BY conversation_id ORDER BY conversation_id LIMIT @limit
            """);
        command.Parameters.AddWithValue("channel", channelId);
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Text) { Value = (object?)continuationToken ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", PageSize);
        var conversations = new List<TranscriptInfo>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                conversations.Add(new TranscriptInfo { ChannelId = channelId, Id = reader.GetString(0), Created = new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero) });
            }
        }

        return new PagedResult<TranscriptInfo>
        {
            Items = [.. conversations],
            ContinuationToken = conversations.Count == PageSize ? conversations[^1].Id : null,
        };
    }

    public async Task DeleteTranscriptAsync(string channelId, string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        await using var command = dataSource.CreateCommand("DELETE FROM transcript_messages WHERE channel_id = @channel AND conversation_id = @conversation");
        command.Parameters.AddWithValue("channel", channelId);
        command.Parameters.AddWithValue("conversation", conversationId);
        await command.ExecuteNonQueryAsync();
    }

    public Task EraseAsync(ErasedConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return DeleteTranscriptAsync(conversation.ChannelId, conversation.ConversationId);
    }

    public async Task<int> EraseExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM transcript_messages WHERE sent_utc < @cutoff");
        command.Parameters.AddWithValue("cutoff", DateTime.SpecifyKind(nowUtc - Retention, DateTimeKind.Utc));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
