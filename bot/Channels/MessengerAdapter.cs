using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrierBot.Hosting;

namespace TrierBot.Channels;

/// <summary>
/// What the self-hosted messenger adapters share: the bot and the middleware come from DI (so the host's
/// per-conversation turn serialization applies here too), turns run through the SDK's pipeline, and proactive
/// sends (<c>ContinueConversationAsync</c>) work like on the CloudAdapter, so the hand-off can relay
/// counsellor messages into a messenger.
/// </summary>
public abstract class MessengerAdapter : ProactiveBotAdapter
{
    public const string ApologyText = "Entschuldigung, da ist bei mir gerade etwas schiefgelaufen. Bitte schreib mir gleich noch einmal.";
    private const int MaxDelayMilliseconds = 5000;

    private readonly IServiceProvider _services;

    protected MessengerAdapter(IServiceProvider services, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        Logger = logger;
        foreach (var middleware in services.GetServices<Microsoft.Bot.Builder.IMiddleware>())
        {
            Use(middleware);
        }

        OnTurnError = ApologizeAsync;
    }

    /// <summary>The Bot Framework channel id of the activities this adapter makes, e.g. <c>telegram</c>.</summary>
    public abstract string ChannelId { get; }

    protected ILogger Logger { get; }

    /// <summary>The account the bot speaks as in this channel (recipient of incoming activities).</summary>
    protected abstract ChannelAccount BotAccount { get; }

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
        => ContinueConversationAsync(string.Empty, reference, callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, string audience, BotCallbackHandler callback, CancellationToken cancellationToken)
        => ContinueConversationAsync(string.Empty, reference, callback, cancellationToken);

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            responses[i] = activity.Type switch
            {
                ActivityTypes.Message => new ResourceResponse(await SendMessageAsync(activity, cancellationToken)),
                ActivityTypes.Typing => new ResourceResponse(await SendTypingAsync(activity, cancellationToken)),
                ActivityTypes.Delay => await DelayAsync(activity, cancellationToken),
                // Events (hand-off), traces and invoke responses are for the host and Web Chat, not the messenger.
                _ => new ResourceResponse(string.Empty),
            };
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
        => throw new NotSupportedException($"{ChannelId}: the bot does not edit sent messages.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
        => throw new NotSupportedException($"{ChannelId}: the bot does not delete sent messages.");

    /// <summary>Sends one message activity; returns the messenger's id of the (last) message sent.</summary>
    protected abstract Task<string> SendMessageAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Shows "typing…" where the messenger has it; returns an id or empty.</summary>
    protected virtual Task<string> SendTypingAsync(Activity activity, CancellationToken cancellationToken)
        => Task.FromResult(string.Empty);

    /// <summary>Runs one incoming activity through middleware and the bot (a fresh DI scope per turn).</summary>
    protected async Task ProcessActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ChannelId = ChannelId;
        activity.Recipient ??= BotAccount;
        using var scope = _services.CreateScope();
        var bot = scope.ServiceProvider.GetRequiredService<IBot>();
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
    }

    private async Task ApologizeAsync(ITurnContext turnContext, Exception exception)
    {
        // No message text in logs: many users are minors.
        Logger.LogError(exception, "Turn failed on {ChannelId} ({ActivityType})", ChannelId, turnContext.Activity.Type);
        if (turnContext.Activity.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(ApologyText), CancellationToken.None);
        }
    }

    private static async Task<ResourceResponse> DelayAsync(Activity activity, CancellationToken cancellationToken)
    {
        var milliseconds = activity.Value is IConvertible c ? Math.Clamp(c.ToInt32(null), 0, MaxDelayMilliseconds) : 0;
        await Task.Delay(milliseconds, cancellationToken);
        return new ResourceResponse(string.Empty);
    }
}
