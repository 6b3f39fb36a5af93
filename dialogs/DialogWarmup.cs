using Microsoft.Extensions.Hosting;
using TrierBot.Dialogs.Framework;

namespace TrierBot.Dialogs;

/// <summary>Builds the prompts' Microsoft.Recognizers.Text models (~200 ms per culture) before the first user's turn.</summary>
public sealed class DialogWarmup : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        TextRecognizers.Warmup();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
