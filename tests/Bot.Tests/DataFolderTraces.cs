using System.Text;

namespace TrierBot.Bot.Tests;

/// <summary>Looks for a text in the raw bytes of every file of a data folder (LiteDB's -log.db files included), as UTF-8 and UTF-16.</summary>
public static class DataFolderTraces
{
    private static readonly Encoding[] Encodings = [Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode];

    /// <summary>The files (relative paths) that hold <paramref name="text"/> in any of the encodings; works while the host has them open.</summary>
    public static IReadOnlyList<string> FilesContaining(string folder, string text)
    {
        var patterns = Encodings.Select(e => e.GetBytes(text)).ToList();
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            byte[] bytes;
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var copy = new MemoryStream())
            {
                stream.CopyTo(copy);
                bytes = copy.ToArray();
            }

            if (patterns.Any(p => bytes.AsSpan().IndexOf(p) >= 0))
            {
                found.Add(Path.GetRelativePath(folder, file));
            }
        }

        return found;
    }
}
