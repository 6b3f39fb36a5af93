using Microsoft.Extensions.Options;
using TrierBot.Knowledge;

namespace TrierBot.Hosting;

public static class KnowledgeHosting
{
    /// <summary>The knowledge store (LiteDB + Lucene index); the demo data is imported on first start.</summary>
    public static WebApplicationBuilder AddKnowledge(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<KnowledgeOptions>(builder.Configuration.GetSection(KnowledgeOptions.SectionName));
        // Singleton: one open store and its search index per process, shared by every conversation.
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            var store = new KnowledgeStore(Path.GetFullPath(options.DatabasePath), options);
            store.EnsureDemoData();
            return store;
        });
        builder.Services.AddSingleton<IKnowledgeSearch>(sp => sp.GetRequiredService<KnowledgeStore>());
        builder.Services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge");
        return builder;
    }
}
