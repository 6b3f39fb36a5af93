namespace TrierBot.Knowledge.Import;

/// <summary>Thrown while mapping one record: the record is skipped and reported, the import goes on.</summary>
internal sealed class RecordRejectedException(string? field, string reason) : Exception(reason)
{
    public string? Field { get; } = field;
}
