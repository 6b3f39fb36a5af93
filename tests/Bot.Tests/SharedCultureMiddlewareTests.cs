using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using TrierBot.Hosting;

namespace TrierBot.Bot.Tests;

public class SharedCultureMiddlewareTests
{
    [Fact]
    public async Task OnTurn_ActivityInGerman_TurnRunsInTheSharedGermanCulture()
    {
        var seen = await CultureOfTurnAsync(new SharedCultureMiddleware());

        Assert.Same(CultureInfo.GetCultureInfo("de-DE"), seen);
    }

    [Fact]
    public async Task OnTurn_WithoutTheMiddleware_SdkGivesEachTurnAFreshCulture()
    {
        // Why the middleware exists: the SDK's adapter sets a new CultureInfo for every turn.
        var seen = await CultureOfTurnAsync(null);

        Assert.Equal("de-DE", seen?.Name);
        Assert.NotSame(CultureInfo.GetCultureInfo("de-DE"), seen);
    }

    private static async Task<CultureInfo?> CultureOfTurnAsync(IMiddleware? middleware)
    {
        var adapter = new TestAdapter { Locale = "de-DE" };
        if (middleware is not null)
        {
            adapter.Use(middleware);
        }

        CultureInfo? seen = null;
        await new TestFlow(adapter, async (context, ct) =>
            {
                await Task.Yield();
                seen = CultureInfo.CurrentCulture;
            })
            .Send(new Activity { Type = ActivityTypes.Message, Text = "16", Locale = "de-DE" })
            .StartTestAsync();
        return seen;
    }
}
