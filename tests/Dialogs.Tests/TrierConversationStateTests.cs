using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using TrierBot.Dialogs.State;

namespace TrierBot.Dialogs.Tests;

public class TrierConversationStateTests
{
    private readonly MemoryStorage _storage = new();

    [Fact]
    public async Task LoadAsync_StoredState_GivesTheStoredValuesWithoutSerializingThem()
    {
        await WriteAsync(new Probe { Text = "gespeichert" });
        var state = new TrierConversationState(_storage);
        Probe.Reads = 0;

        var probe = await ProbeOfAsync(state, Context());

        Assert.Equal("gespeichert", probe.Text);
        // The SDK's ConversationState reads every property once more here, to hash the state.
        Assert.Equal(1, Probe.Reads);
    }

    [Fact]
    public async Task SaveChangesAsync_ChangedWithoutForce_WritesTheChange()
    {
        await WriteAsync(new Probe { Text = "alt" });
        var state = new TrierConversationState(_storage);
        var context = Context();
        var probe = await ProbeOfAsync(state, context);

        probe.Text = "neu";
        await state.SaveChangesAsync(context);

        Assert.Equal("neu", await StoredTextAsync());
    }

    [Fact]
    public async Task SaveChangesAsync_Forced_WritesWithoutSerializingForTheHash()
    {
        await WriteAsync(new Probe { Text = "alt" });
        var state = new TrierConversationState(_storage);
        var context = Context();
        var probe = await ProbeOfAsync(state, context);
        probe.Text = "neu";
        Probe.Reads = 0;

        await state.SaveChangesAsync(context, force: true);

        // MemoryStorage serializes once to store; the SDK's BotState once more for its hash.
        Assert.Equal(1, Probe.Reads);
        Assert.Equal("neu", await StoredTextAsync());
    }

    [Fact]
    public async Task LoadAsync_NothingStored_StartsEmptyAndSavesWhatIsSet()
    {
        var state = new TrierConversationState(_storage);
        var context = Context();
        var accessor = state.CreateProperty<Probe>("probe");

        Assert.Equal("", (await accessor.GetAsync(context, () => new Probe())).Text);
        await accessor.SetAsync(context, new Probe { Text = "erstes" });
        await state.SaveChangesAsync(context);

        Assert.Equal("erstes", await StoredTextAsync());
    }

    private static Task<Probe> ProbeOfAsync(BotState state, ITurnContext context) =>
        state.CreateProperty<Probe>("probe").GetAsync(context, () => new Probe());

    // What the storage holds, read through the SDK's own ConversationState.
    private async Task<string> StoredTextAsync() => (await ProbeOfAsync(new ConversationState(_storage), Context())).Text;

    private async Task WriteAsync(Probe probe)
    {
        var state = new ConversationState(_storage);
        var context = Context();
        await state.CreateProperty<Probe>("probe").SetAsync(context, probe);
        await state.SaveChangesAsync(context, force: true);
    }

    private static TurnContext Context() => new(new TestAdapter(), new Activity
    {
        Type = ActivityTypes.Message,
        ChannelId = "test",
        Conversation = new ConversationAccount(id: "c-1"),
        From = new ChannelAccount("u-1"),
        Recipient = new ChannelAccount("bot"),
    });

    public sealed class Probe
    {
        private string _text = "";

        public static int Reads { get; set; }

        public string Text
        {
            get
            {
                Reads++;
                return _text;
            }
            set => _text = value;
        }
    }
}
