using System.Text;

namespace TrierBot.Storage;

/// <summary>
/// JSON text as <c>jsonb</c> accepts it. <c>jsonb</c> refuses the escape <c>\u0000</c> (PostgreSQL text cannot hold
/// NUL), which a message may carry: it becomes U+FFFD, the replacement character, as a decoder does with a byte it
/// cannot read. Everything else passes unchanged.
/// </summary>
public static class JsonbText
{
    public static string Of(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var at = json.IndexOf("\\u0000", StringComparison.Ordinal);
        if (at < 0)
        {
            return json;
        }

        var text = new StringBuilder(json.Length);
        for (var i = 0; i < json.Length; i++)
        {
            // An escape starts at a backslash; the backslash of "\\" is skipped with its partner, so "\\u0000" stays.
            if (json[i] == '\\' && i + 1 < json.Length)
            {
                if (string.CompareOrdinal(json, i, "\\u0000", 0, 6) == 0)
                {
                    text.Append("\\ufffd");
                    i += 5;
                    continue;
                }

                text.Append(json, i, 2);
                i++;
                continue;
            }

            text.Append(json[i]);
        }

        return text.ToString();
    }
}
