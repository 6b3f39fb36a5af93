using TrierBot.Monitoring;

namespace TrierBot.Storage.Tests.Monitoring;

/// <summary>The demand contract on LiteDB: one file per test, one store for the process as the host has it.</summary>
public sealed class LiteDbDemandStoreTests : DemandStoreContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("trierbot-demand-").FullName;
    private LiteDbDemandStore? _store;

    protected override IDemandStore Open() => _store ??= new LiteDbDemandStore(Path.Combine(_folder, "monitoring.db"));

    public override Task DisposeAsync()
    {
        _store?.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
