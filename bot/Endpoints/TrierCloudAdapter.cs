using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace TrierBot.Endpoints;

/// <summary>
/// The SDK's CloudAdapter for <c>/api/messages</c> (Emulator, Azure Bot Service channels), with the
/// host's middleware and an error handler that tells the user something went wrong without details.
/// </summary>
public sealed class TrierCloudAdapter : CloudAdapter
{
    public const string ErrorText = "Entschuldigung, da ist bei mir etwas schiefgelaufen. Versuch es bitte gleich noch einmal.";

    public TrierCloudAdapter(BotFrameworkAuthentication auth, IEnumerable<IMiddleware> middleware, ILogger<TrierCloudAdapter> logger)
        : base(auth, logger)
    {
        foreach (var m in middleware)
        {
            Use(m);
        }

        OnTurnError = async (turnContext, exception) =>
        {
            // Type and stack only: exception messages may quote user text.
            logger.LogError("Turn failed in conversation {ConversationId}: {ExceptionType} {StackTrace}",
                turnContext.Activity.Conversation?.Id, exception.GetType().Name, exception.StackTrace);
            try
            {
                await turnContext.SendActivityAsync(ErrorText);
            }
            catch (Exception sendFailure)
            {
                logger.LogWarning("Could not tell the user about the failure: {ExceptionType}", sendFailure.GetType().Name);
            }
        };
    }

    /// <summary>Authenticates the request (when configured) and runs the turn; the HTTP details stay in the endpoint.</summary>
    public Task<InvokeResponse> ProcessAsync(string authHeader, Microsoft.Bot.Schema.Activity activity, BotCallbackHandler logic, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader, activity, logic, cancellationToken);
}
