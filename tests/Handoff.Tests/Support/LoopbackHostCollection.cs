namespace TrierBot.Handoff.Tests.Support;

/// <summary>
/// Host-starting test classes run one after the other: two hosts starting at once raced in LiteDB's global
/// mapper inside the knowledge store (InvalidCastException on first import), and the machine has 2 cores anyway.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LoopbackHostCollection
{
    public const string Name = "Loopback host";
}
