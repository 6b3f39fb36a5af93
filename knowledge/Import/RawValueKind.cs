namespace TrierBot.Knowledge.Import;

/// <summary>What a field looked like in the file, before the contract's type is applied.</summary>
internal enum RawValueKind
{
    /// <summary>A CSV cell or a JSON string: still to be parsed.</summary>
    Text,
    Number,
    Boolean,
    List,
    /// <summary>A JSON object: never a valid contract value.</summary>
    Object,
}
