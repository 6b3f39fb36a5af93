using Newtonsoft.Json;
using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.State;

namespace TrierBot.Dialogs.Tests;

public class CachedTypeNameBinderTests
{
    [Fact]
    public void Serialize_DialogStateWithGenericsAndOwnTypes_WritesTheSameTypeNamesAsNewtonsoftsDefault()
    {
        var state = new Dictionary<string, object>
        {
            [nameof(ConversationData)] = new ConversationData { TurnCount = 3 },
            ["values"] = new Dictionary<string, object> { ["list"] = new List<string> { "a" }, ["n"] = 1, ["options"] = new PromptOptions { Choices = [new Choice("x")] } },
        };
        var usual = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto };
        var cached = new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.Auto,
            SerializationBinder = CachedTypeNameBinder.Instance,
            TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Full,
        };

        var expected = JsonConvert.SerializeObject(state, typeof(object), usual);
        var actual = JsonConvert.SerializeObject(state, typeof(object), cached);
        var roundTrip = JsonConvert.DeserializeObject<object>(actual, cached);

        Assert.Equal(expected, actual);
        Assert.DoesNotContain("Version=", actual, StringComparison.Ordinal);
        var data = Assert.IsType<ConversationData>(Assert.IsType<Dictionary<string, object>>(roundTrip)[nameof(ConversationData)]);
        Assert.Equal(3, data.TurnCount);
    }
}
