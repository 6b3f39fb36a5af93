using System.Text;

namespace TrierBot.Knowledge.Tests;

/// <summary>A scratch folder for import files, deleted after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "trierbot-knowledge-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file as UTF-8; <paramref name="bom"/> adds the byte order mark Excel writes.</summary>
    public string Write(string name, string content, bool bom = false)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content, new UTF8Encoding(bom));
        return file;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a still-open LiteDB file on a slow runner: the OS temp cleanup takes it */ }
    }
}
