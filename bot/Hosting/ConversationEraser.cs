using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using TrierBot.Channels;
using TrierBot.Channels.WhatsApp;
using TrierBot.DirectLine;
using TrierBot.Handoff;

namespace TrierBot.Hosting;

/// <summary>
/// "Lösche meine Daten" for what is kept beside the bot state: the conversation transcript, the Direct Line activities and files,
/// the WhatsApp number behind a user's id, the remembered numbered choices.
/// </summary>
public sealed class ConversationEraser(IServiceProvider services, IOptions<DirectLineOptions> directLine) : IConversationDataEraser
{
    public async Task EraseAsync(string channelId, string conversationId, string? userId, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<ITranscriptStore>().DeleteTranscriptAsync(channelId, conversationId);
        if (string.Equals(channelId, directLine.Value.ChannelId, StringComparison.OrdinalIgnoreCase))
        {
            services.GetRequiredService<DirectLineConversations>().Delete(conversationId);
        }

        services.GetService<NumberedChoiceStore>()?.Forget(conversationId);
        if (services.GetService<WhatsAppContactDirectory>() is { } contacts)
        {
            foreach (var id in new[] { conversationId, userId }.OfType<string>().Where(id => id.Length > 0).Distinct())
            {
                contacts.Forget(id);
            }
        }
    }
}
