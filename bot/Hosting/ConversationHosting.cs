using Microsoft.Bot.Builder;
using TrierBot.Dialogs;

namespace TrierBot.Hosting;

public static class ConversationHosting
{
    /// <summary>The bot itself: the turn handler and the guided conversations below it.</summary>
    public static WebApplicationBuilder AddConversations(this WebApplicationBuilder builder)
    {
        // The dialogs and IBot (a singleton: see AddTrierDialogs).
        builder.Services.AddTrierDialogs();
        // Hosted: warms the knowledge index and the recognizer before the first request.
        builder.Services.AddHostedService<StartupWarmup>();
        return builder;
    }
}
