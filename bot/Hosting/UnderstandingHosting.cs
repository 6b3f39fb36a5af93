using Microsoft.Extensions.Options;
using TrierBot.Understanding;

namespace TrierBot.Hosting;

public static class UnderstandingHosting
{
    /// <summary>The offline recognizer, trained from the shipped utterance file at start-up.</summary>
    public static WebApplicationBuilder AddUnderstanding(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<UnderstandingOptions>(builder.Configuration.GetSection(UnderstandingOptions.SectionName));
        // Singleton: training costs a second or two and the recognizer is thread-safe.
        builder.Services.AddSingleton<IUtteranceRecognizer>(sp => UtteranceRecognizer.CreateDefault(sp.GetRequiredService<IOptions<UnderstandingOptions>>().Value));
        return builder;
    }
}
