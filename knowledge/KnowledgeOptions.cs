namespace TrierBot.Knowledge;

/// <summary>Settings of the knowledge store, bound from the configuration section <see cref="SectionName"/>.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The LiteDB file (opened in shared mode: the import CLI may write it while the bot runs).</summary>
    public string DatabasePath { get; set; } = Path.Combine("data", "knowledge.db");

    /// <summary>The office's synonym file; empty = the bundled <c>synonyms.txt</c> beside the demo data.</summary>
    public string? SynonymsPath { get; set; }

    /// <summary>How often a running store looks whether another process finished an import.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Least text score (BM25) a hit needs: below it a search returns nothing rather than noise.
    /// One rare word matched exactly in a title scores about 4; a fuzzy match on a common word about 1.
    /// On the dev split (search-eval --curve) 1.5 and 3 answer within one query of each other; 3 drops right
    /// answers of small stores (one source, a handful of records), so the default stays 1.5.
    /// </summary>
    public double MinScore { get; set; } = 1.5;

    /// <summary>
    /// Least share of the query's content words (or their expansions) a hit must match, each weighted by how specific
    /// it is in the store (a word no record has weighs most, a typo reading counts half): "uni mensa speiseplan" is
    /// not answered by a record about the university alone. Calibrated with <c>search-eval --curve</c> on the dev split:
    /// there, requiring coverage cost more right answers than it won honest empty ones (everyday words the lists do
    /// not know yet count as content), so the default is 0 (off).
    /// </summary>
    public double MinCoverage { get; set; }

    /// <summary>Hits scoring below this share of the best hit are dropped as a long tail.</summary>
    public double RelativeCutoff { get; set; } = 0.2;

    /// <summary>
    /// The folder with the word lists of query understanding (generic words, occupations, English, question types;
    /// docs/import-format.md); empty = the bundled lists beside the program.
    /// </summary>
    public string? LexiconFolder { get; set; }

    public string ResolvedLexiconFolder =>
        string.IsNullOrWhiteSpace(LexiconFolder) ? Path.Combine(AppContext.BaseDirectory, "knowledge-data") : LexiconFolder;

    public string ResolvedSynonymsPath =>
        string.IsNullOrWhiteSpace(SynonymsPath) ? Path.Combine(KnowledgeStore.DemoDataFolder, "synonyms.txt") : SynonymsPath;
}
