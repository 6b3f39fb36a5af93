using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TrierBot.Privacy;

public static class ConversationErasureHosting
{
    /// <summary>
    /// The eraser and retention, once, whichever feature asks first (the stores register themselves with
    /// <c>AddSingleton&lt;IConversationDataStore&gt;</c> where they are wired).
    /// </summary>
    public static IServiceCollection AddConversationErasure(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // Singleton: stateless, over the singleton stores.
        services.TryAddSingleton<ConversationEraser>();
        // Hosted: privacy — nothing outlives its store's retention period.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ConversationRetentionService>());
        return services;
    }
}
