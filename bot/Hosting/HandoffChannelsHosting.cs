using Microsoft.Extensions.Options;
using TrierBot.DirectLine;
using TrierBot.Handoff;

namespace TrierBot.Hosting;

public static class HandoffChannelsHosting
{
    /// <summary>Lets counsellor messages reach every channel the host serves.</summary>
    public static WebApplicationBuilder AddHandoffChannelBridges(this WebApplicationBuilder builder)
    {
        // Singleton registration record: the Direct Line adapter delivers counsellor messages to Web Chat.
        builder.Services.AddSingleton(sp => new ChannelAdapterRegistration(
            sp.GetRequiredService<IOptions<DirectLineOptions>>().Value.ChannelId, s => s.GetRequiredService<DirectLineAdapter>()));
        return builder;
    }
}
