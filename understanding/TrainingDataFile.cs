namespace TrierBot.Understanding;

/// <summary>
/// Reads <c>data/utterances.md</c>: "## Intent" headings, "- utterance" lines, and an optional
/// "| age=12; district=Euren; topic=Handwerk, Pflege" annotation after an utterance.
/// </summary>
public static class TrainingDataFile
{
    /// <summary>The file shipped beside the assembly (copied to every referencing project's output).</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "understanding", "utterances.md");

    /// <summary>
    /// <c>data/unseen.md</c>, same format: utterances written apart from the training file that are never
    /// trained on, only measured by <c>nlu-eval</c> (the "unseen" figure).
    /// </summary>
    public static string UnseenPath => Path.Combine(AppContext.BaseDirectory, "understanding", "unseen.md");

    public static IReadOnlyList<TrainingExample> Load(string? path = null)
    {
        path ??= DefaultPath;
        if (!File.Exists(path)) throw new FileNotFoundException("The recognizer's training file is missing.", path);

        var examples = new List<TrainingExample>();
        string? intent = null;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.StartsWith("## ", StringComparison.Ordinal))
            {
                intent = trimmed[3..].Trim();
                if (!IntentNames.All.Contains(intent)) throw new FormatException($"{path}:{lineNumber}: unknown intent '{intent}'.");
                continue;
            }
            if (!trimmed.StartsWith("- ", StringComparison.Ordinal)) continue;
            if (intent is null) throw new FormatException($"{path}:{lineNumber}: utterance before the first '## Intent' heading.");

            var bar = trimmed.LastIndexOf(" | ", StringComparison.Ordinal);
            var text = (bar < 0 ? trimmed[2..] : trimmed[2..bar]).Trim();
            var entities = bar < 0 ? AnnotatedEntities.None : ParseAnnotation(trimmed[(bar + 3)..], path, lineNumber);
            examples.Add(new TrainingExample(text, intent, entities));
        }
        return examples;
    }

    private static AnnotatedEntities ParseAnnotation(string annotation, string path, int lineNumber)
    {
        var entities = AnnotatedEntities.None;
        foreach (var part in annotation.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=');
            if (equals < 0) throw new FormatException($"{path}:{lineNumber}: annotation '{part}' lacks '='.");
            var values = part[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            entities = part[..equals].Trim() switch
            {
                "age" => entities with { Age = values.Select(int.Parse).ToList() },
                "district" => entities with { District = values },
                "topic" => entities with { Topic = values },
                var other => throw new FormatException($"{path}:{lineNumber}: unknown entity '{other}'."),
            };
        }
        return entities;
    }
}
