namespace TrierBot.Knowledge.Tests;

/// <summary>One demo store per test class that only reads it (importing the demo data takes a moment).</summary>
public sealed class DemoStoreFixture : IDisposable
{
    public DemoStore Store { get; } = new();

    public void Dispose() => Store.Dispose();
}
