namespace TrierBot.Understanding.Tests;

/// <summary>Every test class shares one trained recognizer.</summary>
[CollectionDefinition(Name)]
public sealed class RecognizerCollection : ICollectionFixture<RecognizerFixture>
{
    public const string Name = "recognizer";
}
