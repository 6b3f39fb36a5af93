using TrierBot.Cli;

namespace TrierBot.Bot.Tests;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("bogus")]
    [InlineData("chat", "--nope")]
    [InlineData("chat", "--db")]
    public async Task RunAsync_UnknownVerbOrBadArguments_PrintsUsageAndExits2(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync(args, output, error);

        Assert.Equal(2, exit);
        Assert.Contains("Aufruf:", error.ToString());
    }
}
