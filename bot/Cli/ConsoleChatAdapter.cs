using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TrierBot.Cli;

/// <summary>
/// A channel on stdin/stdout for <c>chat</c>: one user message a line; buttons are printed as a
/// numbered list, and typing the number sends that button's value.
/// </summary>
public sealed class ConsoleChatAdapter : BotAdapter
{
    public const string ChannelId = "console";

    private readonly TextWriter _output;
    private readonly ConversationReference _reference;
    private IReadOnlyList<CardAction> _lastButtons = [];

    public ConsoleChatAdapter(IEnumerable<IMiddleware> middleware, TextWriter output)
    {
        _output = output;
        _reference = new ConversationReference
        {
            ChannelId = ChannelId,
            ServiceUrl = "console://local",
            Bot = new ChannelAccount("trierbot", "TrierBot", RoleTypes.Bot),
            User = new ChannelAccount("console-user", "Du", RoleTypes.User),
            Conversation = new ConversationAccount(id: $"console-{Guid.NewGuid():N}"),
        };
        foreach (var m in middleware)
        {
            Use(m);
        }
    }

    /// <summary>Reads lines until end of input; returns when the input ends.</summary>
    public async Task RunAsync(IBot bot, TextReader input, CancellationToken cancellationToken)
    {
        var greeting = _reference.GetContinuationActivity();
        greeting.Type = ActivityTypes.ConversationUpdate;
        greeting.MembersAdded = [_reference.Bot, _reference.User];
        greeting.From = _reference.User;
        await RunTurnAsync(greeting, bot, cancellationToken);

        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var message = MessageFactory.Text(line.Trim());
            message.ApplyConversationReference(_reference, isIncoming: true);
            message.Id = Guid.NewGuid().ToString("N");
            message.Timestamp = DateTimeOffset.UtcNow;
            if (int.TryParse(line.Trim(), out var n) && n >= 1 && n <= _lastButtons.Count)
            {
                var button = _lastButtons[n - 1];
                message.Text = button.Value as string ?? button.Title;
                message.Value = button.Value is string ? null : button.Value;
            }

            await RunTurnAsync((Activity)message, bot, cancellationToken);
        }
    }

    private async Task RunTurnAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        using var turn = new TurnContext(this, activity);
        await RunPipelineAsync(turn, bot.OnTurnAsync, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var buttons = new List<CardAction>();
        foreach (var activity in activities)
        {
            if (activity.Type != ActivityTypes.Message)
            {
                continue;
            }

            var text = new StringBuilder();
            if (!string.IsNullOrWhiteSpace(activity.Text))
            {
                text.AppendLine(activity.Text);
            }

            foreach (var card in activity.Attachments?.Select(a => a.Content).OfType<HeroCard>() ?? [])
            {
                text.AppendLine($"  ▸ {card.Title}" + (string.IsNullOrEmpty(card.Subtitle) ? "" : $" – {card.Subtitle}"));
                if (!string.IsNullOrEmpty(card.Text))
                {
                    text.AppendLine($"    {card.Text}");
                }

                buttons.AddRange(card.Buttons ?? []);
            }

            buttons.AddRange(activity.SuggestedActions?.Actions ?? []);
            await _output.WriteAsync("Bot: " + text.ToString());
        }

        if (buttons.Count > 0)
        {
            _lastButtons = buttons;
            for (var i = 0; i < buttons.Count; i++)
            {
                await _output.WriteLineAsync($"  [{i + 1}] {buttons[i].Title}");
            }
        }

        return activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray();
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse(activity.Id));

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
