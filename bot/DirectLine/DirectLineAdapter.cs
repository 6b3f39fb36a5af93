using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using TrierBot.Hosting;

namespace TrierBot.DirectLine;

/// <summary>
/// Runs the bot in-process for Direct Line conversations: incoming activities become turns, everything the
/// bot sends is appended to the conversation (and so reaches the client's stream or poll). Proactive sends
/// (<see cref="BotAdapter.ContinueConversationAsync(string, ConversationReference, BotCallbackHandler, CancellationToken)"/>)
/// and counsellor messages (<see cref="SendToConversationAsync"/>) take the same path.
/// </summary>
public sealed class DirectLineAdapter : ProactiveBotAdapter
{
    public const string ErrorText = "Entschuldigung, da ist bei mir gerade etwas schiefgelaufen. Versuch es bitte gleich noch einmal.";

    internal static readonly JsonSerializerSettings JsonSettings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
    };

    private readonly IServiceProvider _services;
    private readonly DirectLineConversations _conversations;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DirectLineAdapter> _logger;

    public DirectLineAdapter(IServiceProvider services, DirectLineConversations conversations, IOptions<DirectLineOptions> options,
        TimeProvider time, ILogger<DirectLineAdapter> logger)
    {
        _services = services;
        _conversations = conversations;
        _options = options.Value;
        _time = time;
        _logger = logger;
        // The host registers cross-cutting middleware (per-conversation turn serialization) in DI, in order.
        foreach (var middleware in services.GetServices<Microsoft.Bot.Builder.IMiddleware>()) Use(middleware);
        OnTurnError = HandleTurnErrorAsync;
    }

    public ChannelAccount Bot => new(_options.BotId, _options.BotName, RoleTypes.Bot);

    /// <summary>
    /// Appends a bot-side activity to a conversation from outside a turn, e.g. a counsellor's reply during a
    /// hand-off. <c>from</c> may name the counsellor; its role is always "bot", or Web Chat would hide suggested actions.
    /// </summary>
    public async Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (_conversations.Find(conversationId) is null) throw new KeyNotFoundException($"Unknown Direct Line conversation {conversationId}.");
        return new ResourceResponse(await DeliverAsync(activity, conversationId));
    }

    /// <summary>Runs one turn for an activity that came in from a client or from the service itself.</summary>
    public async Task ProcessActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, activity);
        await using var scope = _services.CreateAsyncScope();
        var bot = scope.ServiceProvider.GetRequiredService<IBot>();
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>(activities.Length);
        foreach (var activity in activities)
        {
            switch (activity.Type)
            {
                case ActivityTypesEx.Delay:
                    var delay = activity.Value is IConvertible milliseconds ? Convert.ToInt32(milliseconds) : 1000;
                    await Task.Delay(delay, cancellationToken);
                    responses.Add(new ResourceResponse());
                    break;
                case ActivityTypesEx.InvokeResponse:
                    turnContext.TurnState.Add(InvokeResponseKey, activity);
                    responses.Add(new ResourceResponse());
                    break;
                case ActivityTypes.Trace when activity.ChannelId != Microsoft.Bot.Connector.Channels.Emulator:
                    // The SDK's own adapters show traces only in the Emulator; the website must not see the bot's internals.
                    responses.Add(new ResourceResponse());
                    break;
                default:
                    var conversationId = activity.Conversation?.Id ?? turnContext.Activity.Conversation.Id;
                    responses.Add(new ResourceResponse(await DeliverAsync(activity, conversationId)));
                    break;
            }
        }
        return [.. responses];
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line 3.0 cannot update sent activities.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line 3.0 cannot delete sent activities.");

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueConversationAsync(_options.BotId, reference, callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, string audience, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueConversationAsync(_options.BotId, reference, callback, cancellationToken);


    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, Activity continuationActivity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueConversationAsync(_options.BotId, continuationActivity, callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, Activity continuationActivity, string audience, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueConversationAsync(_options.BotId, continuationActivity, callback, cancellationToken);

    private async Task<string> DeliverAsync(Activity activity, string conversationId)
    {
        activity.ChannelId = _options.ChannelId;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.From ??= Bot;
        activity.From.Role = RoleTypes.Bot;
        activity.Timestamp = _time.GetUtcNow();
        activity.LocalTimestamp = null;
        // Web Chat holds a reply to an unknown activity for 5 s; the bot's conversationUpdate turns have such ids.
        if (!_conversations.IsDelivered(conversationId, activity.ReplyToId)) activity.ReplyToId = null;
        await _conversations.AppendAsync(conversationId, id =>
        {
            activity.Id = id;
            return JsonConvert.SerializeObject(activity, JsonSettings);
        }, fromUser: false);
        return activity.Id!;
    }

    private async Task HandleTurnErrorAsync(ITurnContext turnContext, Exception exception)
    {
        // No message text in logs: many users are minors.
        _logger.LogError(exception, "Turn failed in Direct Line conversation {ConversationId} ({ActivityType})",
            turnContext.Activity.Conversation?.Id, turnContext.Activity.Type);
        if (turnContext.Activity.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(ErrorText));
        }
    }
}
