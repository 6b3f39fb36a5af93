using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TrierBot.Robustness.Tests;

/// <summary>
/// JSON as a hostile client sends it: UTF-8, but a lone surrogate goes over the wire as its "\ud83d" escape (written
/// raw, UTF-8 would turn it into U+FFFD before the bot ever saw it).
/// </summary>
public static partial class WireJson
{
    // private-use brackets around the hex of a lone surrogate while the JSON is written; the corpus has none
    private const char Open = '\uF8F0';
    private const char Close = '\uF8F1';

    public static string Serialize(JToken token)
    {
        var marked = Mark(token.DeepClone());
        var json = marked.ToString(Formatting.None);
        return LoneSurrogateMarker().Replace(json, m => "\\u" + m.Groups["hex"].Value);
    }

    private static JToken Mark(JToken token)
    {
        switch (token)
        {
            case JValue { Type: JTokenType.String, Value: string text } value:
                value.Value = MarkLoneSurrogates(text);
                break;
            case JProperty property:
                Mark(property.Value);
                break;
            case JContainer container:
                foreach (var child in container.Children().ToList()) Mark(child);
                break;
        }

        return token;
    }

    private static string MarkLoneSurrogates(string text)
    {
        if (!text.Any(char.IsSurrogate)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text[i]).Append(text[++i]);
            }
            else if (char.IsSurrogate(text[i]))
            {
                builder.Append(Open).Append(((int)text[i]).ToString("x4", CultureInfo.InvariantCulture)).Append(Close);
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("\uF8F0(?<hex>[0-9a-f]{4})\uF8F1")]
    private static partial Regex LoneSurrogateMarker();
}
