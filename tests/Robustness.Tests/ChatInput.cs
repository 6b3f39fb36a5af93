using System.Text;

namespace TrierBot.Robustness.Tests;

/// <summary>
/// Stdin for the <c>chat</c> verb: hands out one line at a time and notes what the bot printed for the line
/// before, so each input's answer can be checked on its own.
/// </summary>
public sealed class ChatInput(IReadOnlyList<string> lines, StringWriter output) : TextReader
{
    private readonly List<(string Line, string Answer)> _answers = [];
    private int _next;
    private int _printed;

    /// <summary>Each line given so far with what the bot printed before the next line was read (or the end).</summary>
    public IReadOnlyList<(string Line, string Answer)> Answers
    {
        get
        {
            lock (_answers)
            {
                CloseLastAnswer();
                return [.. _answers];
            }
        }
    }

    public override string? ReadLine()
    {
        lock (_answers)
        {
            CloseLastAnswer();
            if (_next >= lines.Count) return null;
            _answers.Add((lines[_next], ""));
            return lines[_next++];
        }
    }

    public override Task<string?> ReadLineAsync() => Task.FromResult(ReadLine());

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ReadLine());

    public override int Peek() => -1;

    public override int Read() => -1;

    private void CloseLastAnswer()
    {
        var text = output.ToString();
        if (_answers.Count > 0 && _answers[^1].Answer.Length == 0)
        {
            _answers[^1] = (_answers[^1].Line, text[_printed..]);
        }

        _printed = text.Length;
    }
}
