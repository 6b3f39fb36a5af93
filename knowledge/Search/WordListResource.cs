using System.Reflection;

namespace TrierBot.Knowledge.Search;

/// <summary>Reads the word lists embedded beside the analysis code (one entry a line, # starts a comment).</summary>
internal static class WordListResource
{
    public static IReadOnlyList<string> Read(string fileName)
    {
        var name = $"TrierBot.Knowledge.Search.{fileName}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded word list {name} is missing.");
        using var reader = new StreamReader(stream);
        return ReadLines(reader).ToList();
    }

    public static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            yield return trimmed;
        }
    }
}
