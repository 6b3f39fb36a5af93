namespace TrierBot.Channels;

/// <summary>
/// Which webhook deliveries (Telegram update_id, WhatsApp message id) were already taken, so that a redelivery is
/// processed once: <see cref="WebhookDeduplicator"/> in LiteDB, or shared by every instance in PostgreSQL.
/// </summary>
public interface IWebhookDeduplicator
{
    /// <summary>True the first time a delivery key is seen inside the window, false for every repeat (on any instance that shares the store).</summary>
    bool TryClaim(string deliveryKey);
}
