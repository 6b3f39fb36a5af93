using System.Diagnostics;
using Microsoft.Bot.Builder;

namespace TrierBot.Metrics;

/// <summary>First in every adapter's pipeline: counts each turn and measures it whole, waiting for the conversation's turn gate included.</summary>
public sealed class TurnMetricsMiddleware(BotMetrics metrics) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var failed = true;
        try
        {
            await next(cancellationToken);
            failed = false;
        }
        finally
        {
            metrics.TurnEnded(turnContext.Activity?.ChannelId, Stopwatch.GetElapsedTime(started), failed);
        }
    }
}
