namespace TrierBot.Knowledge.Search;

/// <summary>Which kind of record a search document holds (kept in its <see cref="RecordFacts"/>).</summary>
internal enum RecordKind : byte
{
    Other,
    Offer,
    CounsellingOffice,
    FaqEntry,
    Indicator,
}
