namespace TrierBot.Robustness.Tests;

/// <summary>One host per test class: starting it (stores, demo knowledge) costs more than a hundred turns.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    public LoopbackHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LoopbackHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
    }
}
