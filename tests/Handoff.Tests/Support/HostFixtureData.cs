using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TrierBot.Bot.Tests;
using TrierBot.Endpoints;

namespace TrierBot.Handoff.Tests.Support;

/// <summary>Helpers around the real host for the console tests: accounts, the bot folder, queuing a conversation as the dialogs would.</summary>
public static class HostFixtureData
{
    public const string Password = "geheim-genug-123";

    /// <summary>The bot project folder, so that the host finds wwwroot/counsellor.</summary>
    public static string BotFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "bot", "TrierBot.csproj"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("bot folder not found"), "bot");
        }
    }

    public static Task<LoopbackHost> StartHostAsync(IDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>
        {
            ["contentRoot"] = BotFolder,
            // Open all week so that tests do not depend on the day they run.
            ["Handoff:OfficeHours:Days:0"] = "Monday", ["Handoff:OfficeHours:Days:1"] = "Tuesday", ["Handoff:OfficeHours:Days:2"] = "Wednesday",
            ["Handoff:OfficeHours:Days:3"] = "Thursday", ["Handoff:OfficeHours:Days:4"] = "Friday", ["Handoff:OfficeHours:Days:5"] = "Saturday", ["Handoff:OfficeHours:Days:6"] = "Sunday",
            ["Handoff:OfficeHours:Opens"] = "00:00", ["Handoff:OfficeHours:Closes"] = "23:59:59",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string>()) all[k] = v;
        return LoopbackHost.StartAsync(settings: all);
    }

    public static void AddAccounts(LoopbackHost host)
    {
        var accounts = host.Services.GetRequiredService<CounsellorAccounts>();
        accounts.Save("anna", "Anna (Demo)", [HandoffTeams.Grundbildung], Password);
        accounts.Save("ben", "Ben (Demo)", [HandoffTeams.Mint, HandoffTeams.Berufsorientierung], Password);
    }

    /// <summary>Queues a conversation of channel "emulator" whose replies go to <paramref name="serviceUrl"/>, as the dialogs' handoff.initiate would.</summary>
    public static HandoffCase Escalate(LoopbackHost host, string serviceUrl, string conversationId, string topic = "Literacy")
    {
        var incoming = (Activity)MessageFactory.Text("Ich will mit einem Menschen sprechen");
        incoming.ChannelId = "emulator";
        incoming.ServiceUrl = serviceUrl;
        incoming.From = new ChannelAccount("user-" + conversationId, "Nutzer", RoleTypes.User);
        incoming.Recipient = new ChannelAccount("trierbot", "TrierBot", RoleTypes.Bot);
        incoming.Conversation = new ConversationAccount(id: conversationId);
        using var turn = new TurnContext(host.Services.GetRequiredService<TrierCloudAdapter>(), incoming);
        var history = new Transcript([(Activity)MessageFactory.Text("Ich suche einen Lesekurs"), (Activity)MessageFactory.Text("Hier sind zwei Lerncafés in deiner Nähe.")]);
        history.Activities[0].From = incoming.From;
        var initiation = EventFactory.CreateHandoffInitiation(turn, new { topic, age = 17, district = "Trier-West", searched = "Lesekurs" }, history);
        host.Services.GetRequiredService<HandoffQueue>().Enqueue(turn, initiation);
        return host.Services.GetRequiredService<HandoffStore>().FindOpenCase("emulator", conversationId)!;
    }
}
