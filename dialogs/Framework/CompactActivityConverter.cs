using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace TrierBot.Dialogs.Framework;

/// <summary>
/// Writes a prompt's <see cref="Activity"/> into dialog state without its forty-odd empty properties. Every
/// turn serializes the dialog stack three times (the SDK's change hash at load and at save, then the store),
/// so the empty fields of a few prompt activities were most of the work.
/// </summary>
/// <remarks>Type names are kept where the declared type does not tell (a card's content), so a card comes back as a card.</remarks>
public sealed class CompactActivityConverter : JsonConverter<Activity>
{
    private static readonly JsonSerializer Inner = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        TypeNameHandling = TypeNameHandling.Auto,
        SerializationBinder = CachedTypeNameBinder.Instance,
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Full,
        MaxDepth = null,
    });

    public override void WriteJson(JsonWriter writer, Activity? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        Inner.Serialize(writer, value, typeof(Activity));
    }

    public override Activity? ReadJson(JsonReader reader, Type objectType, Activity? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        reader.TokenType == JsonToken.Null ? null : Inner.Deserialize<Activity>(reader);
}
