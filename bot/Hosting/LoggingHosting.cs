namespace TrierBot.Hosting;

public static class LoggingHosting
{
    /// <summary>
    /// Structured console logs. Message text never goes into a log (many users are minors): our code
    /// logs ids and counts only, and the SDK's own categories are held at Warning, where they don't
    /// dump activities.
    /// </summary>
    public static WebApplicationBuilder AddTrierLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        builder.Logging.AddFilter("Microsoft.Bot", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        return builder;
    }
}
