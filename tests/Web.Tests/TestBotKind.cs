namespace TrierBot.Web.Tests;

/// <summary>Which bot a test host runs: the real TrierBot turn handler, or the showcase bot with suggested actions and cards.</summary>
public enum TestBotKind
{
    Showcase,
    Trier,
}
