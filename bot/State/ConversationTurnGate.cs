using Microsoft.Bot.Builder;

namespace TrierBot.State;

/// <summary>
/// Runs the turns of one conversation one at a time. Bot state is read at the start of a turn and
/// written at its end; two quick messages processed side by side would each overwrite the other's
/// update. Different conversations still run in parallel. With instances that share their stores
/// (<see cref="IConversationLock"/>, PostgreSQL), a turn holds the conversation across all of them too.
/// </summary>
public sealed class ConversationTurnGate(IConversationLock? acrossInstances = null) : IMiddleware
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
        RunExclusiveAsync(turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.Id, next.Invoke, cancellationToken);

    /// <summary>
    /// Runs <paramref name="action"/> when no turn of the conversation runs, and holds its turns back meanwhile:
    /// the page's delete button, so that a turn in flight cannot write the erased state back.
    /// </summary>
    public async Task RunExclusiveAsync(string? channelId, string? conversationId, Func<CancellationToken, Task> action, CancellationToken cancellationToken = default)
    {
        var key = $"{channelId}/{conversationId}";
        var gate = Acquire(key);
        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
            try
            {
                // Within this instance the semaphore already orders the turns: one lock connection per conversation at most.
                await using var acrossInstancesHeld = acrossInstances is null ? null : await acrossInstances.AcquireAsync(key, cancellationToken);
                await action(cancellationToken);
            }
            finally
            {
                gate.Semaphore.Release();
            }
        }
        finally
        {
            Release(key, gate);
        }
    }

    private Gate Acquire(string key)
    {
        lock (_gates)
        {
            if (!_gates.TryGetValue(key, out var gate))
            {
                gate = new Gate();
                _gates[key] = gate;
            }

            gate.Users++;
            return gate;
        }
    }

    // Forget idle gates so that the dictionary holds only conversations with a turn in flight.
    private void Release(string key, Gate gate)
    {
        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(key);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);
        public int Users { get; set; }
    }
}
