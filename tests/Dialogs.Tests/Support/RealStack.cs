using LiteDB;
using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Tests.Support;

/// <summary>
/// The real knowledge store (in memory, with the bundled demo data) and the real offline recognizer,
/// built once for the whole test run: both are thread-safe, and training takes a second or two.
/// </summary>
public static class RealStack
{
    /// <summary>The demo data is written for late 2026.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<KnowledgeStore> LazyKnowledge = new(() =>
    {
        var store = new KnowledgeStore(new LiteDatabase(new MemoryStream()));
        store.Import([KnowledgeStore.DemoDataFolder]);
        return store;
    });

    private static readonly Lazy<UtteranceRecognizer> LazyRecognizer = new(() => UtteranceRecognizer.CreateDefault(new UnderstandingOptions { WarmUpSeconds = 0 }));

    public static IKnowledgeSearch Knowledge => LazyKnowledge.Value;

    public static IUtteranceRecognizer Recognizer => LazyRecognizer.Value;
}
