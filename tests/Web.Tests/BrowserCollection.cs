namespace TrierBot.Web.Tests;

/// <summary>Page tests share one browser and run one after another (2 cores, shared with other builders).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
