using System.CommandLine;
using TrierBot.Understanding;

namespace TrierBot.Cli;

/// <summary><c>nlu-eval [--seed N]</c>: trains on a split of the utterance file and reports on the held-out part.</summary>
public static class NluEvalVerb
{
    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "Zufallsstart für die Aufteilung", DefaultValueFactory = _ => 42 };
        var command = new Command("nlu-eval", "Bewertet die Spracherkennung auf zurückgehaltenen Beispielsätzen.") { seed };
        command.SetAction(parsed => NluEvaluation.Run(parsed.InvocationConfiguration.Output, parsed.GetValue(seed)));
        return command;
    }
}
