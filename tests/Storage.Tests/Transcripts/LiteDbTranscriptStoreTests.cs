using LiteDB;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using TrierBot.State;

namespace TrierBot.Storage.Tests.Transcripts;

/// <summary>The transcript contract on LiteDB: one in-memory database per test, stores sharing its group commit.</summary>
public sealed class LiteDbTranscriptStoreTests : TranscriptStoreContract
{
    private readonly LiteDatabase _db = StateDatabase.OpenInMemory();
    private readonly LiteDbGroupCommit _writer;

    public LiteDbTranscriptStoreTests() => _writer = new LiteDbGroupCommit(_db);

    protected override ITranscriptStore Open(TimeSpan? retention = null) =>
        new LiteDbTranscriptStore(_writer, NullLogger<LiteDbTranscriptStore>.Instance) { Retention = retention ?? TimeSpan.FromDays(30) };

    public override Task DisposeAsync()
    {
        _writer.Dispose();
        _db.Dispose();
        return Task.CompletedTask;
    }
}
