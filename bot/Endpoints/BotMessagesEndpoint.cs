using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json;

namespace TrierBot.Endpoints;

/// <summary>
/// <c>POST /api/messages</c>: checks what the SDK would otherwise answer with a 500 (bad JSON, missing
/// fields, oversized body, a bearer token it cannot validate), then hands the activity to the CloudAdapter.
/// </summary>
public static class BotMessagesEndpoint
{
    public const string Route = "/api/messages";
    public const int MaxBodyBytes = 256 * 1024;
    public const string ExpectRepliesServiceUrl = "https://expect-replies.invalid/";

    public static async Task<IResult> HandleAsync(HttpContext http, TrierCloudAdapter adapter, IBot bot, OpenEndpointGuard guard, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(nameof(BotMessagesEndpoint));
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "The activity is larger than 256 KiB.");
        }

        var sizeLimit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = MaxBodyBytes;
        }

        string body;
        try
        {
            body = await ReadBodyAsync(http.Request, http.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "The activity is larger than 256 KiB.");
        }
        catch (InvalidDataException)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "The activity is larger than 256 KiB.");
        }

        Activity? activity;
        try
        {
            activity = JsonConvert.DeserializeObject<Activity>(body);
        }
        catch (JsonException)
        {
            return Problem(StatusCodes.Status400BadRequest, "The body is not a JSON activity.");
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Problem(StatusCodes.Status400BadRequest, "The activity needs a 'type'.");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return Problem(StatusCodes.Status400BadRequest, "The activity needs a 'conversation' with an 'id'.");
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            if (activity.DeliveryMode != DeliveryModes.ExpectReplies)
            {
                return Problem(StatusCodes.Status400BadRequest, "Without 'deliveryMode: expectReplies' the activity needs a 'serviceUrl' for the replies.");
            }

            // The SDK builds a connector for every turn, even when the replies come back inline;
            // a reserved, never-resolving address keeps it from failing.
            activity.ServiceUrl = ExpectRepliesServiceUrl;
        }
        else if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out _))
        {
            return Problem(StatusCodes.Status400BadRequest, "The 'serviceUrl' is not an absolute URL.");
        }

        if (guard.Refuse(http, activity) is { } reason)
        {
            logger.LogWarning("Refused an unauthenticated activity of channel {ChannelId}", activity.ChannelId);
            return Problem(StatusCodes.Status403Forbidden, reason);
        }

        InvokeResponse? response;
        try
        {
            response = await adapter.ProcessAsync(http.Request.Headers.Authorization.ToString(), activity, bot.OnTurnAsync, http.RequestAborted);
        }
        catch (Exception ex) when (IsAuthenticationFailure(ex))
        {
            logger.LogWarning("Rejected an activity: authentication failed ({ExceptionType})", ex.GetType().Name);
            return Problem(StatusCodes.Status401Unauthorized, "The request is not authorized.");
        }

        if (response is null)
        {
            return Results.Ok();
        }

        return response.Body is null
            ? Results.StatusCode(response.Status)
            : Results.Text(JsonConvert.SerializeObject(response.Body, SerializerSettings), "application/json", statusCode: response.Status);
    }

    private static readonly JsonSerializerSettings SerializerSettings = new() { NullValueHandling = NullValueHandling.Ignore };

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        // Chunked bodies carry no Content-Length; count what came.
        if (System.Text.Encoding.UTF8.GetByteCount(body) > MaxBodyBytes)
        {
            throw new InvalidDataException("body too large");
        }

        return body;
    }

    // UnauthorizedAccessException is the SDK's own answer; IdentityModel's exceptions (e.g. IDX12741 for a
    // malformed bearer token while auth is off) escape the SDK unwrapped.
    private static bool IsAuthenticationFailure(Exception ex) =>
        ex is UnauthorizedAccessException or SecurityTokenException
        || ex.GetType().Namespace?.StartsWith("Microsoft.IdentityModel", StringComparison.Ordinal) == true;

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);
}
