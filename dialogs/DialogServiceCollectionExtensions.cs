using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrierBot.Dialogs.Conversations;
using TrierBot.Dialogs.Fallbacks;
using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.Handoff;
using TrierBot.Dialogs.Knowledge;
using TrierBot.Dialogs.State;
using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Dialogs;

/// <summary>Registers the dialogs and the bot. The host provides IStorage, ConversationState, UserState, IKnowledgeSearch, IUtteranceRecognizer and ITranscriptStore.</summary>
public static class DialogServiceCollectionExtensions
{
    public static IServiceCollection AddTrierDialogs(this IServiceCollection services)
    {
        services.AddOptions<TrierDialogOptions>().BindConfiguration(TrierDialogOptions.SectionName);
        // Singleton: the clock; tests replace it to make a long silence pass in no time.
        services.TryAddSingleton(TimeProvider.System);
        // Fallbacks only while the host has not registered the real store and recognizer (TryAdd: theirs win).
        services.TryAddSingleton<IKnowledgeSearch, EmptyKnowledgeSearch>();
        services.TryAddSingleton<IUtteranceRecognizer, NoIntentRecognizer>();
        // The hand-off reads recent messages from here; the host keeps them in its database and logs them
        // with HandoffTranscriptMiddleware. Without a host, an in-memory store.
        services.TryAddSingleton<ITranscriptStore, MemoryTranscriptStore>();
        // Singletons: accessors, lookups and dialogs hold no per-conversation data (that lives in
        // conversation state), so one graph serves every turn without being rebuilt.
        services.AddSingleton<TrierStateAccessors>();
        services.AddSingleton<KnowledgeLookup>();
        services.AddSingleton<OfferPresenter>();
        // The one engine for every guided topic (TopicCatalog): the topics are declarations, not dialogs.
        services.AddSingleton<GuidedTopicDialog>();
        services.AddSingleton<HandoffDialog>();
        services.AddSingleton<MainDialog>();
        // Hosted: builds the prompts' number/age/date models at start-up, not in the first user's turn.
        services.AddHostedService<DialogWarmup>();
        // Singleton: the bot keeps nothing between turns but these shared collaborators.
        services.AddSingleton<IBot, TrierActivityHandler>();
        return services;
    }

    /// <summary>Builds the Microsoft.Recognizers.Text models now (~200 ms each) instead of in the first user's turn.</summary>
    public static void WarmUpDialogRecognizers() => TextRecognizers.Warmup();
}
