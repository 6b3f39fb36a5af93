using System.CommandLine;
using TrierBot.Channels.Telegram;

namespace TrierBot.Cli;

/// <summary><c>telegram-webhook URL</c>: registers our webhook with Telegram (setWebhook), secret token included.</summary>
public static class TelegramWebhookVerb
{
    public static Command Create()
    {
        var url = new Argument<string>("url") { Description = "Öffentliche https-Adresse des Webhooks, z. B. https://bot.example.org/api/telegram" };
        // Host options (--Telegram:BotToken=…) pass through to the configuration, as for serve.
        var command = new Command("telegram-webhook", "Meldet den Telegram-Webhook an (setWebhook).") { url };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var app = Program.BuildWebApp(parsed.UnmatchedTokens.ToArray());
            return await TelegramCommands.SetWebhookAsync(app.Services, parsed.GetValue(url)!,
                parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }
}
