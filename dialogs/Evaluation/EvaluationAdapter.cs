using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TrierBot.Dialogs.Evaluation;

/// <summary>
/// An in-process channel for the corpus evaluation: runs each message through the host's middleware and the
/// bot, like the website's chat ("webchat"), and returns the replies of that turn. A turn that throws is
/// recorded as an error reply, so the judge counts it instead of the run stopping.
/// </summary>
public sealed class EvaluationAdapter : BotAdapter
{
    public const string ChannelId = "webchat";
    public const string ExceptionMarker = "[exception]";

    private readonly IBot _bot;
    private readonly Dictionary<string, List<Activity>> _replies = [];

    public EvaluationAdapter(IBot bot, IEnumerable<IMiddleware> middleware)
    {
        _bot = bot;
        foreach (var m in middleware)
        {
            Use(m);
        }
    }

    /// <summary>Sends <paramref name="text"/> as the user of <paramref name="conversationId"/>; returns every reply of the turn.</summary>
    public async Task<List<Activity>> SayAsync(string conversationId, string text, CancellationToken cancellationToken)
    {
        var message = (Activity)MessageFactory.Text(text);
        message.ChannelId = ChannelId;
        message.ServiceUrl = "eval://local";
        message.Locale = "de-DE";
        message.Id = Guid.NewGuid().ToString("N");
        message.Timestamp = DateTimeOffset.UtcNow;
        message.From = new ChannelAccount("eval-user", "Nutzer", RoleTypes.User);
        message.Recipient = new ChannelAccount("trierbot", "TrierBot", RoleTypes.Bot);
        message.Conversation = new ConversationAccount(id: conversationId);
        var replies = new List<Activity>();
        lock (_replies)
        {
            _replies[conversationId] = replies;
        }

        try
        {
            using var turn = new TurnContext(this, message);
            await RunPipelineAsync(turn, _bot.OnTurnAsync, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            replies.Add((Activity)MessageFactory.Text($"{ExceptionMarker} {e.GetType().Name}: {e.Message}"));
        }

        return replies;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        lock (_replies)
        {
            if (_replies.TryGetValue(turnContext.Activity.Conversation.Id, out var replies))
            {
                replies.AddRange(activities);
            }
        }

        return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse(activity.Id));

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
