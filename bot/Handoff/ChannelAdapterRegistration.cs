using Microsoft.Bot.Builder;

namespace TrierBot.Handoff;

/// <summary>
/// Tells the hand-off which adapter delivers proactive messages to a channel. An adapter joins with one line, e.g.
/// <c>services.AddSingleton(new ChannelAdapterRegistration("directline", sp =&gt; sp.GetRequiredService&lt;DirectLineAdapter&gt;()))</c>.
/// </summary>
/// <param name="ChannelId">The activities' <c>channelId</c>.</param>
/// <param name="Adapter">Resolves the adapter (lazily: adapters often depend on the middleware that depends on this).</param>
/// <param name="BotAppId">The bot's app id for the adapter's proactive send; empty when authentication is off.</param>
public sealed record ChannelAdapterRegistration(string ChannelId, Func<IServiceProvider, BotAdapter> Adapter, string BotAppId = "");
