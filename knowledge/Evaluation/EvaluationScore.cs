namespace TrierBot.Knowledge.Evaluation;

/// <summary>
/// The figures of one group of queries: hit@3 and MRR over the answerable ones, the honest-empty rate over those
/// that nothing fits (the search answered with nothing), and the objective the threshold is calibrated on.
/// </summary>
public sealed record EvaluationScore(int Queries, int Answerable, int HitsAtThree, double ReciprocalRankSum, int Unanswerable, int HonestEmpty)
{
    public static readonly EvaluationScore Zero = new(0, 0, 0, 0, 0, 0);

    public double HitAtThree => Answerable == 0 ? double.NaN : (double)HitsAtThree / Answerable;
    public double MeanReciprocalRank => Answerable == 0 ? double.NaN : ReciprocalRankSum / Answerable;
    public double HonestEmptyRate => Unanswerable == 0 ? double.NaN : (double)HonestEmpty / Unanswerable;

    /// <summary>Share of queries answered right: a right hit in the first three, or nothing when nothing fits.</summary>
    public double Objective => Queries == 0 ? double.NaN : (double)(HitsAtThree + HonestEmpty) / Queries;

    public EvaluationScore Add(EvaluationQuery query, IReadOnlyList<IReadOnlyList<string>> rankedKeys)
    {
        if (!query.Answerable)
            return this with { Queries = Queries + 1, Unanswerable = Unanswerable + 1, HonestEmpty = HonestEmpty + (rankedKeys.Count == 0 ? 1 : 0) };
        var rank = 0;
        for (var i = 0; i < rankedKeys.Count; i++)
        {
            if (!query.IsExpected(rankedKeys[i])) continue;
            rank = i + 1;
            break;
        }
        return this with
        {
            Queries = Queries + 1,
            Answerable = Answerable + 1,
            HitsAtThree = HitsAtThree + (rank is > 0 and <= 3 ? 1 : 0),
            ReciprocalRankSum = ReciprocalRankSum + (rank > 0 ? 1.0 / rank : 0),
        };
    }
}
