using Newtonsoft.Json;
using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.State;

namespace TrierBot.Dialogs.Tests;

public class CachedTypeNameBinderTests
{
    // As the bot does when it starts: the app's own state type gets its short name.
    static CachedTypeNameBinderTests() => TrierStateAccessors.RegisterStateTypes();

    private static readonly JsonSerializerSettings Cached = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        SerializationBinder = CachedTypeNameBinder.Instance,
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Full,
    };

    [Fact]
    public void Serialize_DialogStateWithGenericsAndOwnTypes_WritesShortNamesForStackTypesAndDefaultNamesForTheRest()
    {
        var state = NewState();
        var usual = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto };

        var expected = JsonConvert.SerializeObject(state, typeof(object), usual)
            .Replace("\"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib\"", "\"dict\"", StringComparison.Ordinal)
            .Replace("\"TrierBot.Dialogs.State.ConversationData, TrierBot.Dialogs\"", "\"ConversationData\"", StringComparison.Ordinal)
            .Replace("\"TrierBot.Dialogs.Framework.PromptOptions, TrierBot.Dialogs\"", "\"PromptOptions\"", StringComparison.Ordinal);
        var actual = JsonConvert.SerializeObject(state, typeof(object), Cached);
        var roundTrip = JsonConvert.DeserializeObject<object>(actual, Cached);

        Assert.Equal(expected, actual);
        Assert.Contains("\"$type\":\"dict\"", actual, StringComparison.Ordinal);
        Assert.Contains("System.Collections.Generic.List`1[[System.String, System.Private.CoreLib]], System.Private.CoreLib", actual, StringComparison.Ordinal);
        Assert.DoesNotContain("Version=", actual, StringComparison.Ordinal);
        AssertRoundTripped(roundTrip);
    }

    [Fact]
    public void Deserialize_StateWrittenWithNewtonsoftsDefaultNames_ReadsTheSameObjects()
    {
        // State stored before the short names: full names throughout.
        var older = JsonConvert.SerializeObject(NewState(), typeof(object), new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto });

        AssertRoundTripped(JsonConvert.DeserializeObject<object>(older, Cached));
    }

    private static Dictionary<string, object> NewState() => new()
    {
        [nameof(ConversationData)] = new ConversationData { TurnCount = 3 },
        ["values"] = new Dictionary<string, object> { ["list"] = new List<string> { "a" }, ["n"] = 1, ["options"] = new PromptOptions { Choices = [new Choice("x")] } },
    };

    private static void AssertRoundTripped(object? roundTrip)
    {
        var state = Assert.IsType<Dictionary<string, object>>(roundTrip);
        Assert.Equal(3, Assert.IsType<ConversationData>(state[nameof(ConversationData)]).TurnCount);
        var values = Assert.IsType<Dictionary<string, object>>(state["values"]);
        Assert.Equal(["a"], Assert.IsType<List<string>>(values["list"]));
        Assert.Equal("x", Assert.IsType<PromptOptions>(values["options"]).Choices!.Single().Value);
    }
}
