using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using TrierBot.Privacy;
using TrierBot.State;

namespace TrierBot.DirectLine;

/// <summary>
/// The HTTP surface of Direct Line 3.0 (see shared/specs/directline.md). Handlers check the caller and the
/// request size, then forward to <see cref="DirectLineService"/> and <see cref="DirectLineConversations"/>.
/// Status codes as the client expects them: 401 no credentials, 403 wrong or expired token, 404 unknown
/// conversation, 413 too large, 429 (rate limiter) with Retry-After.
/// </summary>
public static class DirectLineEndpoints
{
    public const string RoutePrefix = "/v3/directline";
    public const string CorsPolicy = "DirectLine";
    private const string ActivityPart = "activity";

    public static RouteGroupBuilder MapDirectLineEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(RoutePrefix).RequireCors(CorsPolicy);
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", ResumeConversation);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStreamHandler.StreamAsync);
        group.MapDelete("/conversations/{conversationId}", DeleteConversationAsync);
        group.MapGet("/attachments/{fileId}/{fileName}", GetAttachment);
        return group;
    }

    private static async Task<IResult> GenerateTokenAsync(HttpContext http, DirectLineTokens tokens, IOptions<DirectLineOptions> options)
    {
        if (!string.IsNullOrEmpty(options.Value.Secret) && ReadGrant(http, tokens, options.Value) is not { IsSecret: true })
        {
            return BearerMissing(http) ? Results.Unauthorized() : Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        var body = await ReadBodyAsync(http.Request, options.Value.MaxActivityBytes, http.RequestAborted);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var userId = "dl_" + DirectLineIds.NewId();
        if (body.Length > 0)
        {
            try
            {
                using var json = JsonDocument.Parse(body);
                if (json.RootElement.ValueKind == JsonValueKind.Object
                    && json.RootElement.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.Object
                    && user.TryGetProperty("id", out var id) && id.GetString() is { } requested)
                {
                    if (!IsValidUserId(requested)) return Results.BadRequest();
                    userId = requested;
                }
            }
            catch (System.Text.Json.JsonException)
            {
                return Results.BadRequest();
            }
        }
        var conversationId = DirectLineIds.NewId();
        return Results.Json(new DirectLineConversationResponse(conversationId, tokens.Issue(conversationId, userId), tokens.LifetimeSeconds));
    }

    private static IResult RefreshToken(HttpContext http, DirectLineTokens tokens, IOptions<DirectLineOptions> options)
    {
        if (ReadGrant(http, tokens, options.Value) is not { IsSecret: false, ConversationId: { } conversationId } grant) return Denied(http);
        return Results.Json(new DirectLineConversationResponse(conversationId, tokens.Issue(conversationId, grant.UserId), tokens.LifetimeSeconds));
    }

    private static async Task<IResult> StartConversationAsync(HttpContext http, DirectLineTokens tokens, DirectLineService service, IOptions<DirectLineOptions> options)
    {
        if (ReadGrant(http, tokens, options.Value) is not { } grant) return Denied(http);
        var conversationId = grant.IsSecret ? DirectLineIds.NewId() : grant.ConversationId!;
        var created = await service.StartAsync(conversationId, grant.UserId, ServiceUrl(http), http.RequestAborted);
        var token = tokens.Issue(conversationId, grant.UserId);
        var response = new DirectLineConversationResponse(conversationId, token, tokens.LifetimeSeconds, StreamUrl(http, conversationId, token, null));
        return created ? Results.Json(response, statusCode: StatusCodes.Status201Created) : Results.Json(response);
    }

    private static IResult ResumeConversation(string conversationId, string? watermark, HttpContext http, DirectLineTokens tokens,
        DirectLineConversations conversations, IOptions<DirectLineOptions> options)
    {
        if (Check(http, conversationId, tokens, conversations, options.Value, out var grant) is { } failure) return failure;
        var token = tokens.Issue(conversationId, grant!.IsSecret ? conversations.Find(conversationId)!.UserId : grant.UserId);
        return Results.Json(new DirectLineConversationResponse(conversationId, token, tokens.LifetimeSeconds, StreamUrl(http, conversationId, token, watermark)));
    }

    private static async Task<IResult> PostActivityAsync(string conversationId, HttpContext http, DirectLineTokens tokens,
        DirectLineConversations conversations, DirectLineService service, IOptions<DirectLineOptions> options)
    {
        if (Check(http, conversationId, tokens, conversations, options.Value, out var grant) is { } failure) return failure;
        var body = await ReadBodyAsync(http.Request, options.Value.MaxActivityBytes, http.RequestAborted);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (ParseActivity(body) is not { } activity || !IsAcceptable(activity, grant!)) return Results.BadRequest();
        var id = await service.PostAsync(conversationId, activity, grant!.UserId, ServiceUrl(http), http.RequestAborted);
        return Results.Json(new { id = id ?? "" });
    }

    private static async Task<IResult> UploadAsync(string conversationId, string? userId, HttpContext http, DirectLineTokens tokens,
        DirectLineConversations conversations, DirectLineService service, DirectLineStore store, IOptions<DirectLineOptions> options)
    {
        if (Check(http, conversationId, tokens, conversations, options.Value, out var grant) is { } failure) return failure;
        var limit = options.Value.MaxUploadBytes;
        if (http.Request.ContentLength > limit) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (!http.Request.HasFormContentType) return Results.BadRequest();
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature) sizeFeature.MaxRequestBodySize = limit;
        IFormCollection form;
        try
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit, ValueLengthLimit = options.Value.MaxActivityBytes }));
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // Web Chat sends the activity as a blob part named "activity"; other clients as a plain field.
        string? activityJson = form[ActivityPart];
        if (activityJson is null && form.Files.GetFile(ActivityPart) is { } activityFile)
        {
            using var reader = new StreamReader(activityFile.OpenReadStream(), Encoding.UTF8);
            activityJson = await reader.ReadToEndAsync(http.RequestAborted);
        }
        var activity = activityJson is null
            ? new Activity(ActivityTypes.Message) { From = new ChannelAccount(userId ?? grant!.UserId) }
            : ParseActivity(Encoding.UTF8.GetBytes(activityJson));
        if (activity is null || !IsAcceptable(activity, grant!)) return Results.BadRequest();

        activity.Attachments ??= [];
        foreach (var file in form.Files.Where(f => f.Name != ActivityPart))
        {
            await using var content = file.OpenReadStream();
            var fileId = store.SaveFile(conversationId, file.FileName, content);
            var name = string.IsNullOrWhiteSpace(file.FileName) ? "datei" : Path.GetFileName(file.FileName);
            activity.Attachments.Add(new Attachment(file.ContentType, $"{BaseUrl(http)}{RoutePrefix}/attachments/{fileId}/{Uri.EscapeDataString(name)}", name: name));
        }
        var id = await service.PostAsync(conversationId, activity, grant!.UserId, ServiceUrl(http), http.RequestAborted);
        return Results.Json(new { id = id ?? "" });
    }

    private static IResult GetActivities(string conversationId, string? watermark, HttpContext http, DirectLineTokens tokens,
        DirectLineConversations conversations, IOptions<DirectLineOptions> options)
    {
        if (Check(http, conversationId, tokens, conversations, options.Value, out _) is { } failure) return failure;
        var after = ParseWatermark(watermark);
        var activities = conversations.After(conversationId, after);
        return Results.Text(Frame(activities, after), "application/json", Encoding.UTF8);
    }

    /// <summary>
    /// The page's "Verlauf jetzt löschen": everything of the conversation goes, in every store (see
    /// <see cref="ConversationEraser"/>), not only its Direct Line history. Runs between the conversation's turns.
    /// </summary>
    private static async Task<IResult> DeleteConversationAsync(string conversationId, HttpContext http, DirectLineTokens tokens,
        DirectLineConversations conversations, ConversationEraser eraser, ConversationTurnGate turns, IOptions<DirectLineOptions> options)
    {
        if (Check(http, conversationId, tokens, conversations, options.Value, out var grant) is { } failure) return failure;
        var userId = conversations.Find(conversationId)?.UserId ?? grant!.UserId;
        var erased = new ErasedConversation(options.Value.ChannelId, conversationId, userId);
        // Not cancelled when the page goes away meanwhile: an erasure is finished, never left half-done.
        await turns.RunExclusiveAsync(erased.ChannelId, conversationId, cancel => eraser.EraseAsync(erased, cancel), CancellationToken.None);
        return Results.NoContent();
    }

    private static IResult GetAttachment(string fileId, DirectLineStore store)
    {
        if (store.FindFile(fileId) is not { } file) return Results.NotFound();
        return Results.Stream(file.OpenRead(), file.MimeType, file.Filename);
    }

    /// <summary>The frame format of both the stream and the polling answer: {"activities":[…],"watermark":"N"}.</summary>
    internal static string Frame(IReadOnlyList<DeliveredActivity> activities, long watermark)
    {
        var builder = new StringBuilder("{\"activities\":[");
        builder.AppendJoin(',', activities.Select(a => a.Json));
        var last = activities.Count > 0 ? activities[^1].Watermark : watermark;
        return builder.Append("],\"watermark\":\"").Append(last).Append("\"}").ToString();
    }

    internal static long ParseWatermark(string? watermark) => long.TryParse(watermark, out var value) && value > 0 ? value : 0;

    /// <summary>Checks the caller against the conversation; null when the call may go on.</summary>
    internal static IResult? Check(HttpContext http, string conversationId, DirectLineTokens tokens, DirectLineConversations conversations,
        DirectLineOptions options, out DirectLineGrant? grant, string? queryToken = null)
    {
        grant = ReadGrant(http, tokens, options, queryToken);
        if (grant is null) return queryToken is null && BearerMissing(http) ? Results.Unauthorized() : Results.StatusCode(StatusCodes.Status403Forbidden);
        if (!grant.Allows(conversationId)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        if (!DirectLineIds.IsValidConversationId(conversationId) || conversations.Find(conversationId) is null) return Results.NotFound();
        return null;
    }

    private static DirectLineGrant? ReadGrant(HttpContext http, DirectLineTokens tokens, DirectLineOptions options, string? queryToken = null)
    {
        var credential = queryToken ?? BearerOf(http);
        if (credential is null) return null;
        if (!string.IsNullOrEmpty(options.Secret)
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), Encoding.UTF8.GetBytes(options.Secret)))
        {
            return new DirectLineGrant(null, null, IsSecret: true);
        }
        return tokens.Validate(credential) is { } token ? new DirectLineGrant(token.ConversationId, token.UserId, IsSecret: false) : null;
    }

    private static string? BearerOf(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private static bool BearerMissing(HttpContext http) => BearerOf(http) is null;

    private static IResult Denied(HttpContext http) => BearerMissing(http) ? Results.Unauthorized() : Results.StatusCode(StatusCodes.Status403Forbidden);

    /// <summary>The body, or null when it is larger than the limit (also without Content-Length, e.g. chunked).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static Activity? ParseActivity(byte[] body)
    {
        try
        {
            return JsonConvert.DeserializeObject<Activity>(Encoding.UTF8.GetString(body), DirectLineAdapter.JsonSettings);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Clients may send messages and events (and typing, which is dropped); the sender must be known.</summary>
    private static bool IsAcceptable(Activity activity, DirectLineGrant grant) =>
        activity.Type is ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing
        && (grant.UserId is not null || !string.IsNullOrWhiteSpace(activity.From?.Id));

    private static bool IsValidUserId(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or ':' or '@');

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    private static string ServiceUrl(HttpContext http) => $"{BaseUrl(http)}{RoutePrefix}/";

    private static string StreamUrl(HttpContext http, string conversationId, string token, string? watermark)
    {
        var scheme = http.Request.IsHttps ? "wss" : "ws";
        var mark = string.IsNullOrEmpty(watermark) ? "-" : Uri.EscapeDataString(watermark);
        return $"{scheme}://{http.Request.Host}{http.Request.PathBase}{RoutePrefix}/conversations/{conversationId}/stream?watermark={mark}&t={Uri.EscapeDataString(token)}";
    }
}
