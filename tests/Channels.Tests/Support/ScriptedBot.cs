using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TrierBot.Channels.Tests.Support;

/// <summary>
/// A bot for adapter tests: records every activity it receives and answers as the given script says, so a
/// test can send choices and cards exactly as the dialogs do and check what comes back.
/// </summary>
public sealed class ScriptedBot : IBot
{
    private readonly Func<ITurnContext, CancellationToken, Task> _script;
    private readonly ConcurrentQueue<Activity> _received = new();

    public ScriptedBot(Func<ITurnContext, CancellationToken, Task> script) => _script = script;

    public IReadOnlyList<Activity> Received => _received.ToList();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        _received.Enqueue(turnContext.Activity);
        await _script(turnContext, cancellationToken);
    }
}
