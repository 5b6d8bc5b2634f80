using System;
using System.IO;
using System.Text;
using Microsoft.Data.Sqlite;

namespace FactExtractor.Tests;

/// <summary>A fresh folder under the temporary folder, deleted with everything in it when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("factx-tests-").FullName;
    }

    public string Path { get; }

    /// <summary>The path of a file in the folder (not created).</summary>
    public string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Writes a file as UTF-8 without a byte-order mark, creating its folders.</summary>
    public string Write(string relativePath, string content) => Write(relativePath, Encoding.UTF8.GetBytes(content));

    /// <summary>Writes a file, creating its folders.</summary>
    public string Write(string relativePath, byte[] content)
    {
        string path = File(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        // Pooled SQLite connections would keep database files open, and the folder could not be deleted.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
