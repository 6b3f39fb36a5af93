using LiteDB;
using Microsoft.Extensions.Options;
using TrierBot.Channels;

namespace TrierBot.Storage.Tests.Dedupe;

/// <summary>The dedupe contract on LiteDB: one in-memory database per test.</summary>
public sealed class LiteDbWebhookDeduplicatorTests : WebhookDeduplicatorContract
{
    private readonly ChannelDatabase _database = new(new LiteDatabase(new MemoryStream()));

    protected override IWebhookDeduplicator Open() =>
        new WebhookDeduplicator(_database, Options.Create(new ChannelsOptions { DedupeWindow = Window }), Time);

    public override Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}
