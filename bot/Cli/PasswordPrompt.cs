using System.Text;

namespace TrierBot.Cli;

/// <summary>
/// Asks for a password on stderr (so stdout stays clean for scripts). At a terminal the typed characters are not
/// shown (a <see cref="Console.ReadKey(bool)"/> loop with intercept); from a pipe the first line of stdin is read,
/// so <c>echo "$PW" | … counsellor add …</c> keeps working.
/// </summary>
public static class PasswordPrompt
{
    public static async Task<string> ReadAsync(string prompt, TextWriter error, CancellationToken cancellationToken)
    {
        await error.WriteAsync(prompt);
        await error.FlushAsync(cancellationToken);
        if (Console.IsInputRedirected)
        {
            return await Console.In.ReadLineAsync(cancellationToken) ?? "";
        }

        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0) password.Length--;
                continue;
            }

            if (!char.IsControl(key.KeyChar)) password.Append(key.KeyChar);
        }

        await error.WriteLineAsync();
        return password.ToString();
    }
}
