using Lucene.Net.Search.Similarities;

namespace TrierBot.Knowledge.Search;

/// <summary>
/// BM25 with an idf that stays clearly positive for a word found in every record. Plain BM25 gives such a
/// word an idf near zero, so a small store (one source, a handful of records) would score a perfect title
/// match below the relevance threshold; this smoothing keeps rare words as strong as before.
/// </summary>
internal sealed class SmoothedBm25Similarity : BM25Similarity
{
    protected override float Idf(long docFreq, long numDocs) =>
        (float)Math.Log(1 + (numDocs + 1.0) / (docFreq + 0.5));
}
