using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TrierBot.Robustness.Tests;

/// <summary>
/// The corpus in <c>hostile-inputs.json</c>: message texts (emoji, bidi, lone surrogates as JSON escapes, control
/// characters, injections, …), generated floods (10k words, 256 KiB), card values of every JSON type, and activities
/// with missing or odd fields. Read with Newtonsoft, which keeps a lone "\ud83d" escape as it is.
/// </summary>
public static class HostileCorpus
{
    public const string FileName = "hostile-inputs.json";

    private static readonly Lazy<IReadOnlyList<HostileInput>> Loaded = new(Load);

    public static IReadOnlyList<HostileInput> All => Loaded.Value;

    public static IEnumerable<HostileInput> Texts => All.Where(i => i.Kind == HostileInputKind.Text);

    private static List<HostileInput> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, FileName);
        using var reader = new JsonTextReader(new StreamReader(path, Encoding.UTF8)) { DateParseHandling = DateParseHandling.None, MaxDepth = 256 };
        var corpus = JObject.Load(reader);
        var inputs = new List<HostileInput>();
        var index = 0;
        foreach (var text in corpus["texts"]!)
        {
            inputs.Add(new HostileInput($"text #{index++} {Preview((string)text!)}", HostileInputKind.Text, text));
        }

        foreach (var generated in corpus["generated"]!)
        {
            var builder = new StringBuilder((string?)generated["prefix"] ?? "");
            builder.Insert(builder.Length, (string)generated["repeat"]!, (int)generated["times"]!);
            builder.Append((string?)generated["suffix"] ?? "");
            inputs.Add(new HostileInput($"generated {(string)generated["name"]!} ({builder.Length} chars)", HostileInputKind.Text, new JValue(builder.ToString())));
        }

        index = 0;
        foreach (var value in corpus["cardValues"]!)
        {
            inputs.Add(new HostileInput($"card value #{index++} {Preview(value.ToString(Formatting.None))}", HostileInputKind.CardValue, value));
        }

        foreach (var activity in corpus["activities"]!)
        {
            inputs.Add(new HostileInput($"activity {(string)activity["name"]!}", HostileInputKind.Activity, activity["activity"]!));
        }

        return inputs;
    }

    // a readable name for failure reports: short, escaped
    private static string Preview(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Length > 24 ? text[..24] : text)
        {
            builder.Append(c < 0x20 || char.IsSurrogate(c) && !char.IsLetter(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return "\"" + builder + (text.Length > 24 ? "…" : "") + "\"";
    }
}
