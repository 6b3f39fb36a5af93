using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Hosting;

/// <summary>
/// Builds the knowledge index (importing the demo data into an empty store) and trains the recognizer
/// before the host accepts requests, so that the first user does not wait for either.
/// </summary>
public sealed class StartupWarmup(IServiceProvider services, ILogger<StartupWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<KnowledgeStore>();
        _ = services.GetRequiredService<IUtteranceRecognizer>();
        logger.LogInformation("Knowledge store ready with {RecordCount} records; recognizer trained", store.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
