using System.Text;

namespace TrierBot.Knowledge.Import;

/// <summary>
/// Semicolon CSV as knowledge-import.md describes it (RFC 4180 quoting: a cell in "…" may hold semicolons, line
/// breaks and doubled quotes), read one record at a time with the line it starts on. A record whose quoting is
/// broken — a quote that is never closed, text after a closing quote, or a multi-line quoted cell that leaves
/// more cells than the header has — is returned as faulty, and reading goes on at the line after its first one:
/// one unterminated quote costs its own record, not the rest of the file (docs/import-format.md).
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private const char Delimiter = ';';
    private const char Quote = '"';

    // Lines read ahead of a faulty record, to be read again as records of their own.
    private readonly Stack<(string Text, int Number, string End)> _pushedBack = new();
    private int _lastLineNumber;

    /// <summary>The next record: its first line, its cells (null when faulty) and, when faulty, why.</summary>
    public bool TryRead(int expectedCells, out int line, out string[]? cells, out string? fault)
    {
        cells = null;
        fault = null;
        line = 0;
        (string Text, int Number, string End) first;
        do
        {
            if (!NextLine(out first)) return false;
        }
        while (string.IsNullOrWhiteSpace(first.Text));

        line = first.Number;
        var consumed = new List<(string Text, int Number, string End)> { first };
        var result = new List<string>();
        var cell = new StringBuilder();
        var text = first.Text;
        var i = 0;
        var quoted = false;
        var wasQuoted = false;
        while (true)
        {
            if (quoted)
            {
                if (i >= text.Length)
                {
                    if (!NextLine(out var next))
                    {
                        fault = "Anführungszeichen wird nicht geschlossen (ein \" zu viel oder eines vergessen?)";
                        Resync(consumed);
                        return true;
                    }

                    // The line break belongs to the cell, as written (\r\n from Windows exports stays \r\n).
                    cell.Append(consumed[^1].End);
                    consumed.Add(next);
                    text = next.Text;
                    i = 0;
                    continue;
                }

                var c = text[i++];
                if (c != Quote)
                {
                    cell.Append(c);
                }
                else if (i < text.Length && text[i] == Quote)
                {
                    cell.Append(Quote);
                    i++;
                }
                else
                {
                    quoted = false;
                    // Only spaces may follow a closing quote before the next semicolon.
                    while (i < text.Length && text[i] is ' ' or '\t') i++;
                    if (i < text.Length && text[i] != Delimiter)
                    {
                        fault = "Text nach einem schließenden Anführungszeichen (Anführungszeichen im Text verdoppeln: \"\")";
                        Resync(consumed);
                        return true;
                    }
                }

                continue;
            }

            if (i >= text.Length || text[i] == Delimiter)
            {
                result.Add(wasQuoted ? cell.ToString() : cell.ToString().Trim());
                cell.Clear();
                wasQuoted = false;
                if (i >= text.Length) break;
                i++;
                continue;
            }

            var character = text[i++];
            if (character == Quote && cell.ToString().Trim().Length == 0 && !wasQuoted)
            {
                // A cell that starts with a quote is quoted; a stray quote inside unquoted text stays text.
                cell.Clear();
                quoted = true;
                wasQuoted = true;
                continue;
            }

            cell.Append(character);
        }

        if (consumed.Count > 1 && expectedCells > 0 && result.Count > expectedCells && result.Skip(expectedCells).Any(c => c.Length > 0))
        {
            // A quote that opened too early closed only lines later: the cells no longer fit the header.
            fault = "Anführungszeichen wird nicht richtig geschlossen (die Zeilen danach passen nicht mehr zu den Feldnamen)";
            Resync(consumed);
            return true;
        }

        cells = [.. result];
        return true;
    }

    private bool NextLine(out (string Text, int Number, string End) line)
    {
        if (_pushedBack.TryPop(out line)) return true;
        var text = new StringBuilder();
        int c;
        while ((c = reader.Read()) != -1)
        {
            if (c == '\n')
            {
                line = (text.ToString(), ++_lastLineNumber, "\n");
                return true;
            }

            if (c == '\r')
            {
                var end = reader.Peek() == '\n' ? "\r\n" : "\r";
                if (end.Length == 2) reader.Read();
                line = (text.ToString(), ++_lastLineNumber, end);
                return true;
            }

            text.Append((char)c);
        }

        line = (text.ToString(), ++_lastLineNumber, "");
        return text.Length > 0;
    }

    // The faulty record is its first line; every line read after it gets its own chance.
    private void Resync(List<(string Text, int Number, string End)> consumed)
    {
        for (var k = consumed.Count - 1; k >= 1; k--) _pushedBack.Push(consumed[k]);
    }
}
