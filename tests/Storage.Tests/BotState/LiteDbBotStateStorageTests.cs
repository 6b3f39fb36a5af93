using LiteDB;
using Microsoft.Bot.Builder;
using TrierBot.State;

namespace TrierBot.Storage.Tests.BotState;

/// <summary>The bot state contract on LiteDB: one in-memory database per test, each store with its own cache.</summary>
public sealed class LiteDbBotStateStorageTests : BotStateStorageContract
{
    private readonly LiteDatabase _db = StateDatabase.OpenInMemory();
    private readonly LiteDbGroupCommit _writer;

    public LiteDbBotStateStorageTests() => _writer = new LiteDbGroupCommit(_db);

    protected override IStorage Open(TimeSpan? retention = null) =>
        new LiteDbStorage(_writer) { Retention = retention ?? TimeSpan.FromDays(30) };

    public override Task DisposeAsync()
    {
        _writer.Dispose();
        _db.Dispose();
        return Task.CompletedTask;
    }
}
