using Lucene.Net.Search.Similarities;

namespace TrierBot.Knowledge.Search;

/// <summary>
/// BM25 with an idf that stays clearly positive for a word found in every record. Plain BM25 gives such a
/// word an idf near zero, so a small store (one source, a handful of records) would score a perfect title
/// match below the relevance threshold; this smoothing keeps rare words as strong as before.
/// </summary>
internal sealed class SmoothedBm25Similarity : BM25Similarity
{
    protected override float Idf(long docFreq, long numDocs) => (float)Specificity(docFreq, numDocs);

    /// <summary>How specific something found in <paramref name="docFreq"/> of <paramref name="numDocs"/> records is (the idf above).</summary>
    public double Specificity(long docFreq, long numDocs) => Math.Log(1 + (numDocs + 1.0) / (docFreq + 0.5));

    /// <summary>
    /// Coverage: a record matching two of the query's three content words scores two thirds of their sum, so that
    /// matching more of what was asked beats matching one word very well (plain BM25 ignores this).
    /// </summary>
    public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : (float)overlap / maxOverlap;
}
